// Runs every audit of the GraphQL-over-HTTP specification (graphql-http's serverAudits: MUST,
// SHOULD and MAY, both response media types) against a running gateway, as a caller with a token.
// Usage: GATEWAY_URL=http://localhost:8080/graphql TOKEN=... node audit.mjs
// Prints one line per audit; exits 1 when any is not "ok" (a warning or a notice counts).
import { serverAudits } from 'graphql-http';

const url = process.env.GATEWAY_URL;
const token = process.env.TOKEN;
if (!url || !token) {
  console.error('Set GATEWAY_URL and TOKEN.');
  process.exit(2);
}
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers || {});
  headers.set('Authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

let notOk = 0;
let total = 0;
for (const audit of serverAudits({ url, fetchFn })) {
  const result = await audit.fn();
  total++;
  if (result.status !== 'ok') {
    notOk++;
  }
  console.log(`${result.status}\t${audit.name}${result.status === 'ok' ? '' : `\t${result.reason}`}`);
}
console.log(`${total - notOk} of ${total} audits ok`);
process.exit(notOk === 0 ? 0 : 1);
