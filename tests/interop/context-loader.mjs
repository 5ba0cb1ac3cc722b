// A JSON-LD document loader over the contexts Satchel bundles (resources/contexts), so that the
// reference libraries read exactly the same contexts as Satchel and nothing is ever fetched.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const sourceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(sourceDir, 'tests/data/fixtures');

const contextDir = path.join(sourceDir, 'resources/contexts');
const contextFiles = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': 'credentials-v1.jsonld',
  'https://www.w3.org/ns/credentials/examples/v2': 'credentials-examples-v2.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json': 'ob-v3p0-context-3.0.0.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.0.json': 'ob-v3p0-context-3.0.0.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': 'ob-v3p0-context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': 'ob-v3p0-context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-v3p0-context-3.0.3.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': 'ob-v3p0-extensions.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json': 'clr-v2p0-2.0.1.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context.json': 'clr-v2p0.json',
  'https://w3id.org/security/data-integrity/v1': 'data-integrity-v1.jsonld',
  'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.jsonld',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.jsonld',
  'https://w3id.org/security/jwk/v1': 'jwk-v1.jsonld',
  'https://w3id.org/security/suites/ed25519-2020/v1': 'security-suites-ed25519-2020-v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'did-v1.jsonld',
  'https://www.w3.org/ns/credentials/status/v1': 'bitstring-status-list-v1.jsonld',
  'https://w3id.org/vc/status-list/2021/v1': 'status-list-2021-v1.jsonld',
  'https://w3id.org/openbadges/v2': 'ob-v2p0-context.json',
  'https://w3id.org/security/v1': 'security-v1.jsonld',
  'https://w3id.org/security/v2': 'security-v2.jsonld',
};

const contexts = new Map(Object.entries(contextFiles).map(
  ([url, file]) => [url, JSON.parse(fs.readFileSync(path.join(contextDir, file), 'utf8'))]));

// extraDocuments: a Map of further URLs (for example did:key documents) to JSON documents.
export function makeDocumentLoader(extraDocuments = new Map()) {
  return async url => {
    const document = contexts.get(url) ?? extraDocuments.get(url);
    if(!document) throw new Error(`document not available offline: ${url}`);
    return {contextUrl: null, documentUrl: url, document};
  };
}
