// Each service's resident memory now: run on an idle stack, it is the idle footprint.
import { PORTS, pidOnPort, round, usage } from './lib.mjs';

for (const name of ['actors', 'sources', 'events', 'gateway']) {
  const pid = pidOnPort(PORTS[name]);
  if (pid) console.log(`  ${name === 'gateway' ? 'gateway' : `${name}-service`} RSS idle ${round(usage(pid).rssMb, 0)} MB`);
}
