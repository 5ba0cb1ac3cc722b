// Loopback trust registries for Satchel's issuer-trust tests (tests/trust): one server with
//  - a registry in the DCC known-issuer format (what @digitalcredentials/issuer-registry-client
//    reads for its "dcc-legacy" registries): GET /dcc/registry.json
//  - two OpenID Federation 1.0 trust anchors, each an entity whose configuration is at
//    {entity}/.well-known/openid-federation (typ entity-statement+jwt, self-signed with its own
//    jwks) and whose fetch endpoint {entity}/fetch?sub=ID answers a subordinate statement signed by
//    the anchor (iss = anchor, sub = ID, metadata.federation_entity.organization_name), or 404 when
//    ID is not a subordinate (spec section 8.1.1, errors in 8.9). /ta is honest; /tampered answers
//    statements whose payload was changed after signing.
// The statements are made with `jose` (ES256 keys generated at start). Prints {"url": base}.
// Arguments: --listed ID=NAME (repeatable): the issuers both kinds of registry list.
import {SignJWT, exportJWK, generateKeyPair} from 'jose';
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

async function statement(payload) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({iat: now, exp: now + 86400, ...payload})
    .setProtectedHeader({alg: 'ES256', typ: 'entity-statement+jwt', kid: jwk.kid})
    .sign(privateKey);
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
      const jwt = await statement({
        iss: anchor, sub: anchor, jwks: {keys: [jwk]},
        metadata: {federation_entity: {
          organization_name: `Loopback ${anchorName} federation`,
          federation_fetch_endpoint: `${anchor}/fetch`,
          federation_list_endpoint: `${anchor}/list`}}});
      return send(res, 200, jwt, ENTITY_TYPE);
    }
    if(rest === '/fetch') {
      const sub = url.searchParams.get('sub');
      if(!sub)
        return send(res, 400, {error: 'invalid_request', error_description: 'sub is required'});
      if(!listed.has(sub))
        return send(res, 404, {error: 'not_found', error_description: 'not a subordinate'});
      const jwt = await statement({
        iss: anchor, sub,
        metadata: {federation_entity: {organization_name: listed.get(sub), homepage_uri: 'https://college.example'}}});
      return send(res, 200, anchorName === 'tampered' ? tamper(jwt) : jwt, ENTITY_TYPE);
    }
    if(rest === '/list')
      return send(res, 200, [...listed.keys()]);
    return send(res, 404, {error: 'not_found'});
  },
});
