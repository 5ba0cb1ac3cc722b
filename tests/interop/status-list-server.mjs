// An issuer of SD-JWT VCs with IETF Token Status Lists (draft-ietf-oauth-status-list), made with the
// published @sd-jwt/jwt-status-list and @sd-jwt/sd-jwt-vc and served on loopback for
// tests/verify/TestTokenStatusListInterop.cpp. One fresh ES256 key, published as a did:jwk, signs
// both the credentials and the Status List Tokens (the draft's "same key as the Referenced Token").
//
// Routes (each answers only a request that accepts application/statuslist+jwt, else 406):
//   /statuslists/1         the list: index 0 VALID, 1 INVALID, 2 SUSPENDED, 3 the application value 3;
//                          16 entries of 2 bits
//   /statuslists/tampered  the same list with one status changed after signing
//   /statuslists/other-sub a correctly signed list whose sub names /statuslists/1
// Prints one line once listening: {"url", "issuer", "credentials": {valid, revoked, suspended,
// application, outOfRange, tampered, otherSub}}, each an issued SD-JWT VC pointing into a list.
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { ES256, digest, generateSalt } from '@sd-jwt/crypto-nodejs';
import { StatusList, createHeaderAndPayload } from '@sd-jwt/jwt-status-list';
import {log} from './issuer-common.mjs';
import http from 'node:http';
import {send} from './http-common.mjs';

const keys = await ES256.generateKeyPair();
const signer = await ES256.getSigner(keys.privateKey);
const {kty, crv, x, y} = keys.publicKey;
const issuer = `did:jwk:${Buffer.from(JSON.stringify({kty, crv, x, y})).toString('base64url')}`;
const kid = `${issuer}#0`;
const tokenType = 'application/statuslist+jwt';

const b64 = value => Buffer.from(JSON.stringify(value)).toString('base64url');
async function signJwt(header, payload) {
  const signingInput = `${b64(header)}.${b64(payload)}`;
  return `${signingInput}.${await signer(signingInput)}`;
}

// A Status List Token made by the library for statuses, published at sub.
async function statusListToken(statuses, sub) {
  const list = new StatusList(statuses, 2);
  const now = Math.floor(Date.now() / 1000);
  const {header, payload} = createHeaderAndPayload(list,
    {iss: issuer, sub, iat: now - 60, exp: now + 24 * 3600, ttl: 3600},
    {alg: 'ES256', typ: 'statuslist+jwt', kid});
  return signJwt(header, payload);
}

const statuses = [0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const tokens = {};
// Not http-common's serve(): the line the test reads must come after the credentials, which need the port.
const server = http.createServer((req, res) => {
  const path = new URL(req.url, 'http://127.0.0.1').pathname;
  const token = tokens[path];
  let status;
  if(!token)
    status = send(res, 404, {error: 'not_found'});
  else if(!(req.headers.accept ?? '').includes(tokenType))
    status = send(res, 406, {error: 'ask for application/statuslist+jwt'});
  else
    status = send(res, 200, token, tokenType);
  log(req.method, path, String(status));
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const listUri = `${base}/statuslists/1`;

tokens['/statuslists/1'] = await statusListToken(statuses, listUri);
// Index 0 marked INVALID after signing: the signature no longer covers the payload.
const honest = tokens['/statuslists/1'].split('.');
const altered = JSON.parse(Buffer.from(honest[1], 'base64url'));
altered.sub = `${base}/statuslists/tampered`;
altered.status_list.lst = new StatusList([1, ...statuses.slice(1)], 2).compressStatusList();
tokens['/statuslists/tampered'] = [honest[0], b64(altered), honest[2]].join('.');
tokens['/statuslists/other-sub'] = await statusListToken(statuses, listUri);

const sdjwt = new SDJwtVcInstance({
  signer, signAlg: ES256.alg, verifier: await ES256.getVerifier(keys.publicKey),
  hasher: digest, hashAlg: 'sha-256', saltGenerator: generateSalt,
});
const now = Math.floor(Date.now() / 1000);
async function credential(idx, uri = listUri) {
  const claims = {
    iss: issuer, iat: now - 60, exp: now + 365 * 24 * 3600,
    vct: 'https://credentials.example.org/open-badge',
    name: 'Welding Fundamentals', status: {status_list: {idx, uri}},
    credentialSubject: {name: 'Ada Learner'},
  };
  return sdjwt.issue(claims, {credentialSubject: {_sd: ['name']}}, {header: {kid}});
}
const credentials = {
  valid: await credential(0), revoked: await credential(1), suspended: await credential(2),
  application: await credential(3), outOfRange: await credential(64),
  tampered: await credential(1, `${base}/statuslists/tampered`),
  otherSub: await credential(0, `${base}/statuslists/other-sub`),
};
// The library's own verdict on what it made (its verifier fetches the list from this server), so
// a failure in Satchel is not the library's.
await sdjwt.verify(credentials.valid);
if(await sdjwt.verify(credentials.revoked).then(() => true, () => false))
  throw new Error('the library accepted the revoked credential');
log('status list issuer', issuer.slice(0, 40), 'at', base);
process.stdout.write(`${JSON.stringify({url: base, issuer, credentials})}\n`);
