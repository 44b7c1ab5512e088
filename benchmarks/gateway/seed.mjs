// The benchmark's data, created once through the services' REST APIs as a curator: 100 published
// events with two actors each (tag bench-seed), beside the seed, and 200 actors for the lookup of 200 ids.
import { ACTORS, EVENTS, call, token } from './lib.mjs';

const curator = await token('curator');
const named = async (prefix) => (await call('GET', `${ACTORS}/actors?q=${encodeURIComponent(prefix)}&limit=500`, curator)).items
  .filter((a) => a.name.startsWith(prefix));

let benchActors = await named('Bench actor ');
for (let i = benchActors.length; i < 200; i++) {
  await call('POST', `${ACTORS}/actors`, curator, { kind: 'OTHER', name: `Bench actor ${String(i + 1).padStart(3, '0')}` });
}
benchActors = await named('Bench actor ');
console.log(`[seed] ${benchActors.length} bench actors`);

const existing = (await call('GET', `${EVENTS}/events?tag=bench-seed&limit=500`, curator)).items.length;
if (existing >= 100) {
  console.log(`[seed] ${existing} bench events already there`);
} else {
  const actors = (await call('GET', `${ACTORS}/actors?limit=500`, curator)).items.filter((a) => !a.name.startsWith('Bench actor '));
  const conflict = (await call('GET', `${EVENTS}/conflicts?limit=1`, curator)).items[0];
  for (let i = existing; i < 100; i++) {
    const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    await call('POST', `${EVENTS}/events`, curator, {
      conflictId: conflict.id, dateFrom: day, subEventType: 'ARMED_CLASH', title: `Bench event ${String(i + 1).padStart(3, '0')}`,
      notes: 'A synthetic event of the gateway benchmark.', tags: ['bench-seed'], status: 'PUBLISHED',
      location: { country: 'AZE', admin1: 'Tovuz', latitude: 40.99, longitude: 45.62, precision: 'NEAR' },
      actors: [{ actorId: actors[(2 * i) % actors.length].id, side: 'A' }, { actorId: actors[(2 * i + 1) % actors.length].id, side: 'B' }],
    });
  }
  console.log(`[seed] created ${100 - existing} bench events`);
}
