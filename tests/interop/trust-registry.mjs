// Loopback trust registries for Satchel's issuer-trust tests (tests/trust): one server with
//  - a registry in the DCC known-issuer format (what @digitalcredentials/issuer-registry-client
//    reads for its "dcc-legacy" registries): GET /dcc/registry.json
//  - two OpenID Federation 1.0 trust anchors, each an entity whose configuration is at
//    {entity}/.well-known/openid-federation (typ entity-statement+jwt, self-signed with its own
//    jwks) and whose fetch endpoint {entity}/fetch?sub=ID answers a subordinate statement signed by
//    the anchor (iss = anchor, sub = ID, metadata.federation_entity.organization_name), or 404 when
//    ID is not a subordinate (spec section 8.1.1, errors in 8.9). /ta is honest; /tampered answers
//    statements whose payload was changed after signing.
// The statements are made by the published OpenID Federation implementation
// @openid-federation/core (createEntityConfiguration, createEntityStatement), signed with an ES256
// key generated at start (jose, WebCrypto). Prints {"url": base}.
// Arguments: --listed ID=NAME (repeatable): the issuers both kinds of registry list.
import {createEntityConfiguration, createEntityStatement} from '@openid-federation/core';
import {exportJWK, generateKeyPair} from 'jose';
import {webcrypto} from 'node:crypto';
import {send, serve} from './http-common.mjs';

const listed = new Map();
for(let i = 2; i < process.argv.length; i++) {
  if(process.argv[i] === '--listed') {
    const [id, ...name] = process.argv[++i].split('=');
    listed.set(id, name.join('='));
  }
}

const ENTITY_TYPE = 'application/entity-statement+jwt';
const {privateKey, publicKey} = await generateKeyPair('ES256');
const jwk = {...await exportJWK(publicKey), kid: 'anchor-key-1', alg: 'ES256', use: 'sig'};
// A subordinate statement carries its subject's federation keys (spec section 3); the listed
// issuers share one here, which Satchel does not use.
const subjectJwk = {...await exportJWK((await generateKeyPair('ES256')).publicKey), kid: 'subject-key-1', alg: 'ES256'};
const header = {alg: 'ES256', kid: jwk.kid, typ: 'entity-statement+jwt'};
// The library hands over the JWS signing input; ES256 in JWS is WebCrypto's r||s signature.
const signJwtCallback = async ({toBeSigned}) =>
  new Uint8Array(await webcrypto.subtle.sign({name: 'ECDSA', hash: 'SHA-256'}, privateKey, toBeSigned));

function lifetime() {
  const now = Math.floor(Date.now() / 1000);
  return {iat: now, exp: now + 86400};
}

// The same signature over a payload that says something else: what a registry copy altered in
// transit or on a mirror looks like.
function tamper(jwt) {
  const [header, payload, signature] = jwt.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  claims.metadata.federation_entity.organization_name += ' (altered)';
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

let base = '';
serve({
  requests: [],
  onListening: b => { base = b; },
  route: async (req, res, url) => {
    if(url.pathname === '/dcc/registry.json') {
      const registry = {};
      for(const [id, name] of listed)
        registry[id] = {name, location: 'Loopback, Testland', url: 'https://college.example'};
      return send(res, 200, {meta: {created: '2022-10-27T17:57:31+00:00', updated: new Date().toISOString()}, registry});
    }
    const match = url.pathname.match(/^\/(ta|tampered)(\/.*)$/);
    if(!match)
      return send(res, 404, {error: 'not_found'});
    const [, anchorName, rest] = match;
    const anchor = `${base}/${anchorName}`;
    if(rest === '/.well-known/openid-federation') {
      const jwt = await createEntityConfiguration({header, signJwtCallback, claims: {
        iss: anchor, sub: anchor, ...lifetime(), jwks: {keys: [jwk]},
        metadata: {federation_entity: {
          organization_name: `Loopback ${anchorName} federation`,
          federation_fetch_endpoint: `${anchor}/fetch`,
          federation_list_endpoint: `${anchor}/list`}}}});
      return send(res, 200, jwt, ENTITY_TYPE);
    }
    if(rest === '/fetch') {
      const sub = url.searchParams.get('sub');
      if(!sub)
        return send(res, 400, {error: 'invalid_request', error_description: 'sub is required'});
      if(!listed.has(sub))
        return send(res, 404, {error: 'not_found', error_description: 'not a subordinate'});
      const jwt = await createEntityStatement({header, jwk, signJwtCallback, claims: {
        iss: anchor, sub, ...lifetime(), jwks: {keys: [subjectJwk]},
        metadata: {federation_entity: {organization_name: listed.get(sub), homepage_uri: 'https://college.example'}}}});
      return send(res, 200, anchorName === 'tampered' ? tamper(jwt) : jwt, ENTITY_TYPE);
    }
    if(rest === '/list')
      return send(res, 200, [...listed.keys()]);
    return send(res, 404, {error: 'not_found'});
  },
});
