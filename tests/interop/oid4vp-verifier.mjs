// A loopback OpenID4VP 1.0 verifier for Satchel's "present credentials" tests. The protocol logic
// is the published libraries' (README-verifiers.md says which part is whose):
// @openid4vc/openid4vp builds and validates the authorization request (client id prefixes,
// response_mode direct_post, request objects signed as JAR by @openid4vc/oauth2), parses and
// checks the authorization response (state, vp_token shape for DCQL or Presentation Exchange);
// dcql checks the presented credentials against the DCQL query; @digitalbazaar/vc verifies
// Data Integrity presentations and their credentials (eddsa-rdfc-2022, ecdsa-rdfc-2019, ecdsa-sd-2023
// derived proofs); jose
// verifies jwt_vp_json presentations and their VC-JWTs. This file is glue: HTTP routing, state
// (one answer per request: a second one is a replayed nonce), the admin routes, the checks the
// libraries leave to the caller (nonce, audience, holder binding, Presentation Exchange
// submissions), and the test modes below.
//
//   node oid4vp-verifier.mjs
// Listens on 127.0.0.1, port 0; prints ONE line {"url":"http://127.0.0.1:PORT"} on stdout; logs
// to stderr.
//
//   POST /admin/requests  {"query":"dcql"|"pe", "items":[{"type":"OpenBadgeCredential",
//        "issuer"?:DID, "achievementName"?:…}], "format":"ldp_vp"|"jwt_vp_json",
//        "signed":false|"did"|"x509", "byReference":false|"get"|"post", "badSignature":false,
//        (format "dc+sd-jwt", DCQL only: items [{"claims":[[path…]…], "requireBinding"?:false, "vct"?}],
//        an SD-JWT VC as oid4vp-sdjwt.mjs issues it, checked by @sd-jwt/sd-jwt-vc)
//        "mismatchedClientId":false, "failWith":null|"server_error"|…, "failAt":"response"|"request",
//        (ldp_vp, DCQL: an item's "claims":[[path…]…] are asked for as they are, any value)
//        "hangUp":false, "expiresInSeconds":600}  (0: already expired; the request object's exp says so too)
//        -> {"request":"openid4vp://?…","httpsRequest":"http://127.0.0.1:PORT/authorize?…","id","nonce",
//            "state","clientId","responseUri","requestUri"|null}
//   GET  /authorize?…        a small HTML page naming the openid4vp:// link (the https form)
//   GET|POST /request/ID     the signed request object (application/oauth-authz-req+jwt); POST
//                            takes wallet_metadata and wallet_nonce (form) and echoes wallet_nonce
//   POST /response/ID        direct_post: vp_token (+ presentation_submission for PE) and state,
//                            or error (+ error_description) and state
//        -> 200 {"redirect_uri":"http://127.0.0.1:PORT/done/ID"}    accepted
//        -> 200 {}                                                  a wallet's error was recorded
//        -> 400 {"error":"invalid_request","error_description":…}   rejected, replayed, unknown
//        -> failWith's status (500 for server_error, else 400) {"error":failWith,…}
//        -> hangUp: the answer is read, then the connection is closed with no reply (a verifier
//           that went away after the learner's consent); every retry of it too
//   GET  /done/ID            the page the wallet may open afterwards
//   GET  /admin/results/ID   {"status":"pending"|"accepted"|"rejected","errors":[…],"holder":DID|null,
//                            "credentialTypes":[…],"credentialIds":[…],"answers":N,
//                            "received":[credential…] (each as the presentation carried it),
//                            "disclosed":[…] (dc+sd-jwt: the claims its Disclosures stand for)}
//   POST /admin/sdjwt        {"holderDid":DID, "bound":true|false} -> {"credential":"<SD-JWT>"}: an SD-JWT VC
//                            for the wallet to import, its cnf.jwk the holder DID's key (none if !bound)
//   POST /admin/recheck      {"id", "tamper":"nonce"|"aud"|"kb-signature"|"extra-disclosure"|"kb-removed"}
//                            -> {"status","errors"}: the accepted dc+sd-jwt answer of request ID checked
//                            again, changed (a wrong nonce or aud: checked as if for another request)
//   GET  /admin/log          {"requests":[{"method","path","status","error"?}]}
//   GET  /admin/keys         {"did":"did:key:…","x509Certificate":base64 DER} (what signs request
//                            objects: the verifier's DID; a self-signed P-256 certificate for
//                            x509_san_dns:localhost, whose response_uri is http://localhost:PORT/…)
import 'reflect-metadata'; // @peculiar/x509 needs it loaded first
import crypto from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as jose from 'jose';
import {Openid4vpVerifier} from '@openid4vc/openid4vp';
import {setGlobalConfig} from '@openid4vc/oauth2';
import {DcqlQuery, DcqlPresentationResult} from 'dcql';
import {
  log, joseCallbacks, makeEd25519DidKey, jwkFromDidUrl, expandedTypes, checkHolderPresentation,
  matchesItem, conclusion, VC_V2, OB_V3,
} from './issuer-common.mjs';
import {readBody, send, HttpError, serve} from './http-common.mjs';
import {issueSdJwtVc, sdJwtCredentialQuery, checkSdJwtPresentation, tamper, SD_JWT_ALGS, KB_JWT_ALGS}
  from './oid4vp-sdjwt.mjs';

// The libraries insist on https URLs unless told otherwise; this verifier lives on http loopback.
setGlobalConfig({allowInsecureUrls: true});

// A P-256 key and a self-signed certificate for it naming dnsName (subjectAltName dNSName), made
// with @peculiar/x509: {x5c: [base64 DER], publicJwk, privateKey}.
async function selfSignedCertificate(dnsName) {
  x509.cryptoProvider.set(crypto.webcrypto);
  const algorithm = {name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256'};
  const keys = await crypto.webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({serialNumber: crypto.randomBytes(8).toString('hex'),
    name: 'CN=Loopback Employer', notBefore: new Date(Date.now() - 3600e3), notAfter: new Date(Date.now() + 86400e3),
    keys, signingAlgorithm: algorithm,
    extensions: [new x509.SubjectAlternativeNameExtension([{type: 'dns', value: dnsName}])]});
  const {kty, crv, x, y} = await crypto.webcrypto.subtle.exportKey('jwk', keys.publicKey);
  return {x5c: [Buffer.from(certificate.rawData).toString('base64')], publicJwk: {kty, crv, x, y},
    privateKey: keys.privateKey};
}

const random = () => crypto.randomBytes(16).toString('base64url');
const verifierKey = await makeEd25519DidKey();  // signs request objects (decentralized_identifier:)
const wrongKey = {...await makeEd25519DidKey(),  // signs them instead when badSignature is asked for
  p256: (await crypto.webcrypto.subtle.generateKey({name: 'ECDSA', namedCurve: 'P-256'}, true, ['sign'])).privateKey};
const otherDid = (await makeEd25519DidKey()).did;
const x509Key = await selfSignedCertificate('localhost'); // signs request objects (x509_san_dns:localhost)
const verifier = new Openid4vpVerifier({callbacks: joseCallbacks({keys: [verifierKey, x509Key]})});
const badVerifier = new Openid4vpVerifier({callbacks: joseCallbacks({keys: [verifierKey, x509Key].map(key =>
  ({publicJwk: key.publicJwk, privateKey: key === x509Key ? wrongKey.p256 : wrongKey.privateKey}))})});
const jwtAlgs = ['EdDSA', 'ES256'];
const cryptosuites = ['eddsa-rdfc-2022', 'ecdsa-rdfc-2019'];

let base = '';
const records = new Map(); // id -> {options, payload, clientId, nonce, answers, result, walletNonce}
const requests = [];

const invalid = description => new HttpError(400, {error: 'invalid_request', error_description: description});

// ---- the request ------------------------------------------------------------------------------

async function dcqlQuery(items, format) {
  if(format === 'dc+sd-jwt')
    return {credentials: items.map((item, i) => sdJwtCredentialQuery(item, item.id ?? `badge_${i + 1}`))};
  return {credentials: await Promise.all(items.map(async (item, i) => {
    const claims = [
      ...(item.issuer ? [{id: 'issuer', path: ['issuer', 'id'], values: [item.issuer]}] : []),
      ...(item.achievementName ? [{id: 'achievement', path: ['credentialSubject', 'achievement', 'name'],
        values: [item.achievementName]}] : []),
      ...(item.claims ?? []).map(path => ({path})),
    ];
    return {id: item.id ?? `badge_${i + 1}`, format: format === 'jwt_vp_json' ? 'jwt_vc_json' : 'ldp_vc',
      meta: {type_values: [await expandedTypes({'@context': [VC_V2, OB_V3],
        type: item.type ?? 'OpenBadgeCredential'})]},
      ...(claims.length ? {claims} : {})};
  }))};
}

function presentationDefinition(items, format) {
  const vcFormat = format === 'jwt_vp_json' ? {jwt_vc_json: {alg: jwtAlgs}}
    : {ldp_vc: {proof_type: ['DataIntegrityProof'], cryptosuite: cryptosuites}};
  const at = (...path) => [`$.${path.join('.')}`, `$.vc.${path.join('.')}`];
  return {
    id: random(),
    format: format === 'jwt_vp_json' ? {jwt_vp_json: {alg: jwtAlgs}}
      : {ldp_vp: {proof_type: ['DataIntegrityProof'], cryptosuite: cryptosuites}},
    input_descriptors: items.map((item, i) => ({
      id: item.id ?? `badge_${i + 1}`, format: vcFormat,
      name: item.achievementName ?? 'An Open Badge',
      purpose: 'Loopback Employer checks your achievement',
      constraints: {fields: [
        {path: at('type'), filter: {type: 'array', contains: {const: item.type ?? 'OpenBadgeCredential'}}},
        ...(item.issuer ? [{path: [...at('issuer.id'), ...at('issuer')], filter: {type: 'string', const: item.issuer}}] : []),
        ...(item.achievementName ? [{path: at('credentialSubject.achievement.name'),
          filter: {type: 'string', const: item.achievementName}}] : []),
      ]},
    })),
  };
}

function clientIdFor(options, responseUri) {
  if(!options.signed)
    return `redirect_uri:${options.mismatchedClientId ? `${base}/response/elsewhere` : responseUri}`;
  if(options.signed === 'x509')
    return 'x509_san_dns:localhost';
  const did = options.mismatchedClientId ? otherDid : verifierKey.did;
  // Presentation Exchange exists only in the drafts, whose did client ids had no prefix; the
  // library refuses a request mixing it with 1.0's decentralized_identifier: prefix.
  return options.query === 'pe' ? did : `decentralized_identifier:${did}`;
}

// The request object (a JAR, typ oauth-authz-req+jwt), signed by the verifier's did:key (or by
// the wrong key, with the verifier's kid, for badSignature).
async function requestObject(record, walletNonce) {
  const {jar} = await (record.options.badSignature ? badVerifier : verifier).createOpenId4vpAuthorizationRequest({
    authorizationRequestPayload: {...record.payload, ...(walletNonce ? {wallet_nonce: walletNonce} : {})},
    wallet: walletNonce ? {expectedNonce: walletNonce} : undefined,
    jar: {jwtSigner: record.options.signed === 'x509' ? {method: 'x5c', x5c: x509Key.x5c, alg: 'ES256'}
      : {method: 'did', didUrl: verifierKey.kid, alg: 'EdDSA'},
      additionalJwtPayload: {aud: 'https://self-issued.me/v2', exp: Math.floor(record.expiresAt / 1000)}},
  });
  return jar.authorizationRequestJwt;
}

async function createRequest(options) {
  const {query = 'dcql', items = [{type: 'OpenBadgeCredential'}], format = 'ldp_vp', signed = false,
    byReference = false} = options;
  if(!['dcql', 'pe'].includes(query) || !['ldp_vp', 'jwt_vp_json', 'dc+sd-jwt'].includes(format) ||
     (format === 'dc+sd-jwt' && query !== 'dcql') ||
     ![false, 'did', 'x509'].includes(signed) || ![false, 'get', 'post'].includes(byReference))
    throw new HttpError(400, 'query: dcql|pe, format: ldp_vp|jwt_vp_json, signed: false|"did"|"x509", byReference: false|"get"|"post"');
  if(byReference && !signed)
    throw new HttpError(400, 'a request by reference is a signed request object: set signed too');
  const id = random();
  // x509_san_dns:localhost needs the response_uri's host to be localhost (mismatchedClientId: it is not).
  const origin = signed === 'x509' && !options.mismatchedClientId ? base.replace('127.0.0.1', 'localhost') : base;
  const responseUri = `${origin}/response/${id}`;
  const clientId = clientIdFor({...options, query}, responseUri);
  const payload = {
    response_type: 'vp_token', client_id: clientId, response_uri: responseUri, response_mode: 'direct_post',
    nonce: random(), state: random(),
    ...(query === 'dcql' ? {dcql_query: await dcqlQuery(items, format)}
      : {presentation_definition: presentationDefinition(items, format)}),
    client_metadata: {client_name: 'Loopback Employer',
      ...(query === 'dcql' ? {vp_formats_supported: {ldp_vc: {proof_type_values: ['DataIntegrityProof'],
        cryptosuite_values: cryptosuites}, jwt_vc_json: {alg_values: jwtAlgs},
        'dc+sd-jwt': {'sd-jwt_alg_values': SD_JWT_ALGS, 'kb-jwt_alg_values': KB_JWT_ALGS}}}
        : {vp_formats: {ldp_vp: {proof_type: ['DataIntegrityProof']}, jwt_vp_json: {alg: jwtAlgs}}})},
  };
  const record = {options: {...options, query, items, format}, payload, clientId, nonce: payload.nonce,
    answers: 0, result: {status: 'pending', errors: [], holder: null, credentialTypes: [], credentialIds: []},
    expiresAt: Date.now() + 1000 * (options.expiresInSeconds ?? 600)};
  records.set(id, record);
  const requestUri = byReference ? `${origin}/request/${id}` : null;
  let request;
  if(!signed) {
    ({authorizationRequest: request} = await verifier.createOpenId4vpAuthorizationRequest({authorizationRequestPayload: payload}));
  } else {
    const link = new URL('openid4vp://');
    link.search = new URLSearchParams({client_id: clientId, ...(requestUri
      ? {request_uri: requestUri, ...(byReference === 'post' ? {request_uri_method: 'post'} : {})}
      : {request: await requestObject(record)})}).toString();
    request = link.toString();
  }
  return {request, httpsRequest: `${base}/authorize${request.slice(request.indexOf('?'))}`, id,
    nonce: payload.nonce, state: payload.state, clientId, responseUri, requestUri};
}

// ---- the response -----------------------------------------------------------------------------

// A jwt_vp_json presentation (VCDM 1.1 JWT: the VP in the "vp" claim), checked with jose: the
// holder's signature (kid a did:key / did:jwk URL, iss its DID), aud = client_id, nonce, and each
// VC-JWT inside (signature by its issuer's kid, iss, bound to the holder by sub or credentialSubject.id).
async function checkJwtPresentation(jwt, {nonce, clientId}) {
  if(typeof jwt !== 'string')
    return {errors: ['a jwt_vp_json presentation must be a compact JWT string'], credentials: []};
  const errors = [];
  let holder = null;
  const credentials = [];
  try {
    const {kid, alg} = jose.decodeProtectedHeader(jwt);
    if(!kid) throw new Error('the presentation JWT header has no kid');
    holder = kid.split('#')[0];
    const {payload} = await jose.jwtVerify(jwt, await jose.importJWK(await jwkFromDidUrl(kid), alg),
      {algorithms: jwtAlgs, audience: clientId});
    if(payload.nonce !== nonce) errors.push('the presentation JWT nonce is not the request nonce');
    if(payload.iss && payload.iss !== holder) errors.push('iss is not the DID of the signing key');
    if(!payload.vp || typeof payload.vp !== 'object') throw new Error('the presentation JWT has no vp claim');
    const vpHolder = typeof payload.vp.holder === 'object' ? payload.vp.holder?.id : payload.vp.holder;
    if(vpHolder && vpHolder !== holder) errors.push('vp.holder is not the signer');
    for(const [i, vcJwt] of [].concat(payload.vp.verifiableCredential ?? []).entries()) {
      try {
        if(typeof vcJwt !== 'string') throw new Error('not a VC-JWT string');
        const header = jose.decodeProtectedHeader(vcJwt);
        const {payload: claims} = await jose.jwtVerify(vcJwt,
          await jose.importJWK(await jwkFromDidUrl(header.kid), header.alg), {algorithms: jwtAlgs});
        if(claims.iss !== header.kid.split('#')[0]) throw new Error('iss is not the DID of the signing key');
        const credential = claims.vc;
        credentials.push(credential);
        const subjects = [].concat(credential?.credentialSubject ?? []).map(s => s?.id);
        if(claims.sub !== holder && !subjects.includes(holder)) throw new Error(`not about the holder ${holder}`);
      } catch(e) {
        errors.push(`credential ${i}: ${String(e?.message ?? e)}`);
      }
    }
  } catch(e) {
    errors.push(`the presentation does not verify: ${String(e?.message ?? e)}`);
  }
  return {errors, holder, credentials};
}

function checkPresentation(presentation, format, {nonce, clientId}) {
  if(format === 'jwt_vp_json')
    return checkJwtPresentation(presentation, {nonce, clientId});
  if(typeof presentation === 'string') {
    try { presentation = JSON.parse(presentation); } catch { presentation = null; }
  }
  return checkHolderPresentation(presentation, {challenge: nonce, domain: clientId});
}

// DCQL: every presentation verified, then the credentials matched against the query by dcql.
async function checkDcql(record, presentationsById) {
  const checks = [];
  const dcqlPresentations = {};
  for(const [queryId, presentations] of Object.entries(presentationsById)) {
    const query = record.payload.dcql_query.credentials.find(c => c.id === queryId);
    if(!query) { checks.push({errors: [`no credential query ${queryId}`], credentials: []}); continue; }
    dcqlPresentations[queryId] = [];
    if(query.format === 'dc+sd-jwt') {
      for(const presentation of presentations) {
        const checked = await checkSdJwtPresentation(presentation, {...record,
          requireBinding: query.require_cryptographic_holder_binding ?? true});
        checks.push(checked);
        if(checked.dcql) dcqlPresentations[queryId].push(checked.dcql);
      }
      continue;
    }
    for(const presentation of presentations) {
      const checked = await checkPresentation(presentation, query.format === 'jwt_vc_json' ? 'jwt_vp_json' : 'ldp_vp', record);
      checks.push(checked);
      for(const credential of checked.credentials)
        dcqlPresentations[queryId].push({credential_format: query.format, type: await expandedTypes(credential),
          claims: credential, cryptographic_holder_binding: true});
    }
  }
  const queryErrors = [];
  try {
    const result = DcqlPresentationResult.fromDcqlPresentation(dcqlPresentations,
      {dcqlQuery: DcqlQuery.parse(record.payload.dcql_query)});
    if(!result.can_be_satisfied)
      queryErrors.push(`the presented credentials do not answer the DCQL query (${Object.values(result.credential_matches)
        .filter(m => !m.success).map(m => m.credential_query_id).join(', ') || 'credential sets'})`);
  } catch(e) {
    queryErrors.push(`DCQL: ${String(e?.message ?? e)}`);
  }
  return {checks, queryErrors};
}

// A tiny JSONPath for descriptor_map paths: $, $[n], $.a.b, $.a[n].
function select(value, path) {
  if(typeof path !== 'string' || !path.startsWith('$')) return undefined;
  for(const [, name, index] of path.slice(1).matchAll(/\.([A-Za-z_][\w-]*)|\[(\d+)\]/g))
    value = value?.[name ?? Number(index)];
  return value;
}

// Presentation Exchange 2.0 (our glue: no published PE engine installs with npm; see the README):
// the submission must name the definition and map every input descriptor to a presentation of
// the requested format whose nested credential answers the descriptor's item.
async function checkPex(record, presentations, submission) {
  const definition = record.payload.presentation_definition;
  const checks = [];
  const queryErrors = [];
  if(submission?.definition_id !== definition.id)
    queryErrors.push('presentation_submission.definition_id is not the presentation_definition id');
  const token = presentations.length === 1 ? presentations[0] : presentations;
  const checked = new Map();
  for(const [i, descriptor] of definition.input_descriptors.entries()) {
    const entry = [].concat(submission?.descriptor_map ?? []).find(d => d?.id === descriptor.id);
    if(!entry) { queryErrors.push(`input descriptor ${descriptor.id} is not in the descriptor_map`); continue; }
    if(entry.format !== record.options.format)
      queryErrors.push(`descriptor ${descriptor.id}: format ${entry.format}, not ${record.options.format}`);
    const presentation = select(token, entry.path);
    if(presentation === undefined) { queryErrors.push(`descriptor ${descriptor.id}: nothing at ${entry.path}`); continue; }
    if(!checked.has(presentation))
      checked.set(presentation, await checkPresentation(presentation, record.options.format, record));
    const {credentials} = checked.get(presentation);
    const nested = entry.path_nested;
    const decoded = record.options.format === 'jwt_vp_json' && typeof presentation === 'string'
      ? {vp: {verifiableCredential: credentials}} : presentation;
    const credential = nested ? select(decoded, nested.path) : credentials[0];
    if(!matchesItem(credential, record.options.items[i]))
      queryErrors.push(`descriptor ${descriptor.id}: the credential does not answer it`);
  }
  checks.push(...checked.values());
  return {checks, queryErrors};
}

async function answer(record, body) {
  if(body.error) {
    record.result = {...conclusion({errors: [`the wallet answered ${body.error}${body.error_description
      ? `: ${body.error_description}` : ''}`]})};
    return {status: 200, body: {}};
  }
  let parsed;
  try {
    parsed = await verifier.parseOpenid4vpAuthorizationResponse({authorizationResponse: body,
      authorizationRequestPayload: record.payload});
  } catch(e) {
    record.result = conclusion({errors: [String(e?.errorResponse?.error_description ?? e?.message ?? e)]});
    throw invalid(record.result.errors[0]);
  }
  const {checks, queryErrors} = parsed.type === 'dcql'
    ? await checkDcql(record, parsed.dcql.presentations)
    : await checkPex(record, parsed.pex.presentations, parsed.pex.presentationSubmission);
  const holders = [...new Set(checks.map(c => c.holder).filter(Boolean))];
  const errors = [...checks.flatMap(c => c.errors), ...queryErrors,
    ...(holders.length > 1 ? ['the presentations name different holders'] : [])];
  record.result = {...conclusion({errors, holder: holders[0], credentials: checks.flatMap(c => c.credentials)}),
    disclosed: checks.flatMap(c => c.disclosed ?? [])};
  if(parsed.type === 'dcql') record.presented = parsed.dcql.presentations;
  if(errors.length)
    throw invalid(errors.join('; '));
  return {status: 200, body: {redirect_uri: `${base}/done/${record.id}`}};
}

function failIfAsked(record, where) {
  const {failWith, failAt = 'response'} = record.options;
  if(!failWith || failAt !== where) return;
  record.result = conclusion({errors: [`the verifier answered ${failWith} (failWith)`]});
  throw new HttpError(failWith === 'server_error' ? 500 : 400,
    {error: failWith, error_description: 'the loopback verifier was told to fail here'});
}

// The accepted dc+sd-jwt answer of a request, changed as told, through the same checks: what this
// verifier would say had the wallet (or someone between) sent that instead.
async function recheck({id, tamper: how}) {
  const record = recordFor(id);
  const [queryId, presentations] = Object.entries(record.presented ?? {})[0] ?? [];
  const query = record.payload.dcql_query?.credentials.find(c => c.id === queryId);
  if(query?.format !== 'dc+sd-jwt' || record.result.status !== 'accepted')
    throw new HttpError(400, 'recheck needs a request whose dc+sd-jwt answer was accepted');
  const expected = {nonce: record.nonce, clientId: record.clientId,
    requireBinding: query.require_cryptographic_holder_binding ?? true};
  let presentation = presentations[0];
  if(how === 'nonce') expected.nonce = random();
  else if(how === 'aud') expected.clientId = `redirect_uri:${base}/response/elsewhere`;
  else presentation = tamper(presentation, how);
  const {errors} = await checkSdJwtPresentation(presentation, expected);
  return {status: errors.length ? 'rejected' : 'accepted', errors};
}

// ---- routes -------------------------------------------------------------------------------------

const form = async req => Object.fromEntries(new URLSearchParams(await readBody(req)));

function recordFor(id) {
  const record = records.get(id);
  if(!record) throw new HttpError(404, {error: 'invalid_request', error_description: 'unknown request'});
  record.id = id;
  return record;
}

async function route(req, res, url) {
  const {pathname} = url;
  const [, kind, id] = pathname.match(/^\/(request|response|done|admin\/results)\/([A-Za-z0-9_-]+)$/) ?? [];
  if(req.method === 'POST' && pathname === '/admin/requests')
    return send(res, 200, await createRequest(JSON.parse(await readBody(req) || '{}')));
  if(req.method === 'GET' && pathname === '/admin/log')
    return send(res, 200, {requests});
  if(req.method === 'POST' && pathname === '/admin/sdjwt')
    return send(res, 200, {credential: await issueSdJwtVc(JSON.parse(await readBody(req) || '{}'))});
  if(req.method === 'POST' && pathname === '/admin/recheck')
    return send(res, 200, await recheck(JSON.parse(await readBody(req) || '{}')));
  if(req.method === 'GET' && pathname === '/admin/keys')
    return send(res, 200, {did: verifierKey.did, x509Certificate: x509Key.x5c[0]});
  if(req.method === 'GET' && kind === 'admin/results') {
    const record = recordFor(id);
    return send(res, 200, {...record.result, answers: record.answers});
  }
  if(req.method === 'GET' && pathname === '/authorize')
    return send(res, 200, `<!doctype html><title>Loopback Employer</title><p>Open this link in your wallet: ${
      `openid4vp://${url.search}`.replace(/[<>&"]/g, c => `&#${c.charCodeAt(0)};`)}</p>`, 'text/html');
  if(kind === 'request' && (req.method === 'GET' || req.method === 'POST')) {
    const record = recordFor(id);
    if(!record.options.byReference)
      throw new HttpError(404, {error: 'invalid_request_uri', error_description: 'this request was passed by value'});
    failIfAsked(record, 'request');
    const walletNonce = req.method === 'POST' ? (await form(req)).wallet_nonce : undefined;
    return send(res, 200, await requestObject(record, walletNonce), 'application/oauth-authz-req+jwt');
  }
  if(req.method === 'POST' && kind === 'response') {
    const record = recordFor(id);
    record.answers += 1;
    if(record.options.hangUp) {
      await readBody(req);
      record.result = conclusion({errors: ['the verifier hung up without answering (hangUp)']});
      req.socket.destroy();
      return 'hung up';
    }
    if(record.answers > 1)
      throw invalid('this request was already answered: its nonce cannot be used again');
    failIfAsked(record, 'response');
    if(Date.now() > record.expiresAt) {
      record.result = conclusion({errors: ['the request has expired']});
      throw invalid('the request has expired');
    }
    const {status, body} = await answer(record, await form(req));
    return send(res, status, body);
  }
  if(req.method === 'GET' && kind === 'done') {
    recordFor(id);
    return send(res, 200, '<!doctype html><title>Loopback Employer</title><p>Thank you, your credentials were received.</p>',
      'text/html');
  }
  throw new HttpError(404, `no route ${req.method} ${pathname}`);
}

serve({route, requests, onListening: url => {
  base = url;
  log(`OpenID4VP verifier at ${base} (request objects signed by ${verifierKey.did})`);
}});
