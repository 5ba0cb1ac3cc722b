// A loopback VC-API exchange server for Satchel's "receive credentials" tests (one issuance
// exchange per offer, with a DIDAuthentication step) and "present credentials" tests (a
// presentation exchange: QueryByExample for an Open Badge plus DIDAuthentication). No published VC-API exchange server runs
// standalone on Node without a database (@bedrock/vc-delivery needs a Bedrock app and MongoDB),
// so this file is glue around published libraries: @digitalbazaar/vc verifies the holder's
// presentation (eddsa-rdfc-2022 or ecdsa-rdfc-2019, proofPurpose authentication, challenge and
// domain; each presented credential too; did:key resolved offline) and issues the Open Badges 3.0
// credential (eddsa-rdfc-2022, issuer did:key). Matching the presented credentials against the
// QueryByExample is our glue (matchesItem in issuer-common.mjs).
//
//   node vcapi-exchange.mjs
// Listens on 127.0.0.1, port 0; prints ONE line {"url":"http://127.0.0.1:PORT"} on stdout; logs
// to stderr.
//
//   POST /admin/exchanges  {"expiresInSeconds":600}   (admin, for the tests; an issuance exchange)
//        -> {"interactionUrl":"http://127.0.0.1:PORT/interactions/ID?iuv=1",
//            "exchangeUrl":"http://127.0.0.1:PORT/exchanges/ID",
//            "dccDeepLink":"dccrequest://request?request=<URL-encoded JSON
//                           {credentialRequestOrigin, protocols:{vcapi}}>",
//            "lcwLink":"https://lcw.app/request.html?request=<the same>"}
//   GET  /interactions/ID?iuv=1  Accept: application/json -> {"protocols":{"vcapi":"<exchangeUrl>"}}
//                                (other Accept: a small HTML page naming the same)
//   POST /exchanges/ID  {}  -> 200 {"verifiablePresentationRequest":{"query":[{"type":"DIDAuthentication",
//        "acceptedMethods":[{"method":"key"}],"acceptedCryptosuites":[{"cryptosuite":"eddsa-rdfc-2022"}]}],
//        "challenge":"…","domain":"http://127.0.0.1:PORT"}}  (the same challenge until the exchange ends)
//   POST /exchanges/ID  {"verifiablePresentation": VP}
//        -> 200 {"verifiablePresentation":{"@context":[…],"type":["VerifiablePresentation"],
//                "verifiableCredential":[<OB 3.0 credential, credentialSubject.id = VP holder>]}}
//        -> 400 {"error":…} malformed body, no VPR asked for yet, exchange already completed (a
//               replay), expired or unknown exchange (404)
//        -> 401 {"error":…} the presentation does not verify (signature, challenge, domain,
//               proof purpose, holder is not the signer, holder is not a did:key)
//   GET  /exchanges/ID  -> {"exchange":{"id","state":"pending"|"active"|"complete"}}
//
// {"style":"dcc"} in /admin/exchanges plays the shapes of the DCC's transaction service (the
// exchanges behind the Learner Credential Wallet's links), which depart from VC-API: the request's
// "query" is one object with no accepted methods or suites; the second POST's body is the
// presentation itself, and a body wrapped as {"verifiablePresentation": VP} fails with a 500 (the
// service hands the whole body to its verifier); only the challenge is checked, not the domain;
// the answer is a presentation that carries the credentials AND a nested copy of itself under
// "verifiablePresentation". The admin answer then also has
//        "lcwChallengeLink":"https://lcw.app/request.html?issuer=127.0.0.1&auth_type=bearer
//                            &challenge=<challenge>&vc_request_url=<exchangeUrl>"
// (the older DCC link: the wallet posts a presentation bound to that challenge straight away).
//   GET  /admin/log     -> {"requests":[{"method","path","status","error"?,"holder"?}]}
//
// Presentation exchanges (README-verifiers.md has the shapes):
//   POST /admin/exchanges  {"kind":"presentation", "items":[{"type":"OpenBadgeCredential",
//        "issuer"?:DID, "achievementName"?:…}], "expiresInSeconds":600}  -> the same links
//   POST /exchanges/ID  {}  -> {"verifiablePresentationRequest":{"query":[{"type":"QueryByExample",
//        "credentialQuery":[{"reason":…,"example":{…}}]},{"type":"DIDAuthentication",…}],
//        "challenge":"…","domain":"http://127.0.0.1:PORT"}}
//   POST /exchanges/ID  {"verifiablePresentation": VP with the credentials}
//        -> 200 {"redirectUrl":"http://127.0.0.1:PORT/done/ID"}; 401 {"error":…} when it does
//           not verify or does not answer the query; 400 once the exchange is complete (replay)
//   GET  /admin/results/ID -> {"status":"pending"|"accepted"|"rejected","errors":[…],
//        "holder":DID|null,"credentialTypes":[…],"credentialIds":[…]}
import crypto from 'node:crypto';
import {
  log, makeEd25519DidKey, achievementCredential, signDataIntegrity, presentationHolder, verifyPresentation,
  checkHolderPresentation, matchesItem, conclusion, VC_V2, OB_V3,
} from './issuer-common.mjs';
import {readBody, send, HttpError, serve} from './http-common.mjs';

const issuerKey = await makeEd25519DidKey();
let base = '';
const exchanges = new Map(); // id -> {kind, state, challenge, expiresAt, items, result}
const requests = [];
const cryptosuites = [{cryptosuite: 'eddsa-rdfc-2022'}, {cryptosuite: 'ecdsa-rdfc-2019'}];

function exchangeFor(id) {
  const exchange = exchanges.get(id);
  if(!exchange)
    throw new HttpError(404, 'unknown exchange');
  if(Date.now() > exchange.expiresAt && exchange.state !== 'complete')
    throw new HttpError(400, 'the exchange has expired');
  return exchange;
}

// The QueryByExample for the requested items (an Open Badge, optionally by issuer / achievement).
const queryByExample = items => ({type: 'QueryByExample', credentialQuery: items.map(item => ({
  reason: `Loopback Employer asks for your ${item.type ?? 'OpenBadgeCredential'}`,
  example: {'@context': [VC_V2, OB_V3], type: [item.type ?? 'OpenBadgeCredential'],
    ...(item.issuer ? {issuer: {id: item.issuer}} : {}),
    ...(item.achievementName ? {credentialSubject: {achievement: {name: item.achievementName}}} : {})},
}))});

async function issueTo(res, exchange, presentation, entry) {
  const {holder, error} = presentationHolder(presentation);
  if(error)
    throw new HttpError(401, error);
  if(!holder.startsWith('did:key:'))
    throw new HttpError(401, 'the presentation must name its holder, a did:key');
  // The DCC service checks only the challenge (README-issuers.md).
  const dcc = exchange.style === 'dcc';
  const result = await verifyPresentation(presentation, {challenge: exchange.challenge,
    domain: dcc ? [].concat(presentation.proof ?? [])[0]?.domain : base});
  if(!result.verified)
    throw new HttpError(401, `the presentation does not verify: ${result.error}`);
  entry.holder = holder;
  exchange.state = 'complete';
  const credential = await signDataIntegrity(achievementCredential({issuerDid: issuerKey.did, subjectDid: holder,
    baseUrl: base}), issuerKey);
  const answer = {'@context': [VC_V2], type: ['VerifiablePresentation'], verifiableCredential: [credential]};
  return send(res, 200, dcc ? {...answer, verifiablePresentation: answer} : {verifiablePresentation: answer});
}

async function verifyPresented(res, id, exchange, presentation, entry) {
  const checked = await checkHolderPresentation(presentation, {challenge: exchange.challenge, domain: base});
  exchange.items.forEach((item, i) => {
    if(!checked.credentials.some(credential => matchesItem(credential, item)))
      checked.errors.push(`no presented credential answers credentialQuery ${i} (${JSON.stringify(item)})`);
  });
  exchange.result = conclusion(checked);
  entry.holder = checked.holder;
  if(checked.errors.length)
    throw new HttpError(401, checked.errors.join('; '));
  exchange.state = 'complete';
  return send(res, 200, {redirectUrl: `${base}/done/${id}`});
}

// The DCC transaction service's shapes (README-issuers.md, step 5): the request's query is one
// object; the presentation is the body itself (wrapped: 500); a presentation bound to the link's
// challenge may come first, without the request.
async function participateAsDcc(res, exchange, body, entry) {
  if(body.verifiablePresentation)
    throw new HttpError(500, 'the body is not a verifiable presentation');
  if(!body.proof) {
    exchange.state = 'active';
    return send(res, 200, {verifiablePresentationRequest: {query: {type: 'DIDAuthentication'},
      challenge: exchange.challenge, domain: base}});
  }
  return issueTo(res, exchange, body, entry);
}

async function participate(res, id, body, entry) {
  const exchange = exchangeFor(id);
  if(exchange.state === 'complete')
    throw new HttpError(400, 'the exchange is already complete (a presentation cannot be used twice)');
  if(exchange.style === 'dcc')
    return participateAsDcc(res, exchange, body, entry);
  if(!body.verifiablePresentation) {
    exchange.state = 'active';
    const didAuthentication = {type: 'DIDAuthentication', acceptedMethods: [{method: 'key'}],
      acceptedCryptosuites: exchange.kind === 'presentation' ? cryptosuites : cryptosuites.slice(0, 1)};
    return send(res, 200, {verifiablePresentationRequest: {
      query: exchange.kind === 'presentation' ? [queryByExample(exchange.items), didAuthentication] : [didAuthentication],
      challenge: exchange.challenge, domain: base,
    }});
  }
  if(exchange.state !== 'active')
    throw new HttpError(400, 'post {} first to receive the verifiablePresentationRequest');
  const presentation = body.verifiablePresentation;
  if(typeof presentation !== 'object' || Array.isArray(presentation))
    throw new HttpError(400, 'verifiablePresentation must be an object');
  return exchange.kind === 'presentation' ? verifyPresented(res, id, exchange, presentation, entry)
    : issueTo(res, exchange, presentation, entry);
}

async function route(req, res, url, entry) {
  const {pathname} = url;
  const interaction = pathname.match(/^\/interactions\/([A-Za-z0-9_-]+)$/);
  const exchange = pathname.match(/^\/exchanges\/([A-Za-z0-9_-]+)$/);
  const results = pathname.match(/^\/admin\/results\/([A-Za-z0-9_-]+)$/);
  if(req.method === 'POST' && pathname === '/admin/exchanges') {
    const body = JSON.parse(await readBody(req) || '{}');
    const id = crypto.randomBytes(12).toString('base64url');
    const kind = body.kind === 'presentation' ? 'presentation' : 'issuance';
    const challenge = crypto.randomUUID();
    exchanges.set(id, {kind, state: 'pending', challenge, style: body.style ?? 'vc-api',
      expiresAt: Date.now() + 1000 * (body.expiresInSeconds ?? 600), items: body.items ?? [{}],
      result: {status: 'pending', errors: [], holder: null, credentialTypes: [], credentialIds: []}});
    const exchangeUrl = `${base}/exchanges/${id}`;
    const request = encodeURIComponent(JSON.stringify({credentialRequestOrigin: base, protocols: {vcapi: exchangeUrl}}));
    const links = {interactionUrl: `${base}/interactions/${id}?iuv=1`, exchangeUrl,
      dccDeepLink: `dccrequest://request?request=${request}`, lcwLink: `https://lcw.app/request.html?request=${request}`};
    if(body.style === 'dcc')
      links.lcwChallengeLink = `https://lcw.app/request.html?issuer=127.0.0.1&auth_type=bearer&challenge=${
        challenge}&vc_request_url=${encodeURIComponent(exchangeUrl)}`;
    return send(res, 200, links);
  }
  if(req.method === 'GET' && pathname === '/admin/log')
    return send(res, 200, {requests});
  if(req.method === 'GET' && results) {
    const found = exchanges.get(results[1]);
    if(!found)
      throw new HttpError(404, 'unknown exchange');
    return send(res, 200, found.result);
  }
  if(req.method === 'GET' && pathname.startsWith('/done/'))
    return send(res, 200, '<!doctype html><title>Loopback Employer</title><p>Thank you, your credentials were received.</p>',
      'text/html');
  if(req.method === 'GET' && interaction) {
    exchangeFor(interaction[1]);
    const protocols = {vcapi: `${base}/exchanges/${interaction[1]}`};
    if(url.searchParams.get('iuv') === '1' && (req.headers.accept ?? '').includes('application/json'))
      return send(res, 200, {protocols});
    return send(res, 200, `<!doctype html><title>Loopback College</title><p>Open this link in your wallet: ${
      protocols.vcapi}</p>`, 'text/html');
  }
  if(req.method === 'POST' && exchange) {
    let body;
    try { body = JSON.parse(await readBody(req) || '{}'); } catch { throw new HttpError(400, 'the body is not JSON'); }
    if(typeof body !== 'object' || body === null || Array.isArray(body))
      throw new HttpError(400, 'the body must be a JSON object');
    return participate(res, exchange[1], body, entry);
  }
  if(req.method === 'GET' && exchange) {
    const found = exchangeFor(exchange[1]);
    return send(res, 200, {exchange: {id: exchange[1], state: found.state}});
  }
  throw new HttpError(404, `no route ${req.method} ${pathname}`);
}

serve({route, requests, onListening: url => {
  base = url;
  log(`VC-API exchange server at ${base} (issuer ${issuerKey.did})`);
}});
