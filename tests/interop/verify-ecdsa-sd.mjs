// Verifies an ecdsa-sd-2023 derived credential (JSON on stdin) with the published library
// (@digitalbazaar/ecdsa-sd-2023-cryptosuite): Satchel's selective disclosures must pass it.
// The issuer is a did:key (P-256), resolved here offline. Prints the library's verdict as JSON;
// exit code 0 only when it verified.
import * as vc from '@digitalbazaar/vc';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {createVerifyCryptosuite} from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import {makeDocumentLoader} from './context-loader.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const credential = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const method = credential.proof.verificationMethod;
const [did, fragment] = method.split('#');
if(!did.startsWith('did:key:zDn') || fragment !== did.slice('did:key:'.length))
  throw new Error(`not a P-256 did:key: ${method}`);
const keyPair = await EcdsaMultikey.from({id: method, controller: did, publicKeyMultibase: fragment});
const exported = await keyPair.export({publicKey: true, includeContext: true});
const documentLoader = makeDocumentLoader(new Map([[method, exported],
  [did, {'@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: did,
    verificationMethod: [exported], assertionMethod: [method]}]]));

const result = await vc.verifyCredential({credential, documentLoader,
  suite: new DataIntegrityProof({cryptosuite: createVerifyCryptosuite()}),
  checkStatus: async () => ({verified: true})});
const errors = (result.error?.errors ?? [result.error]).filter(Boolean).map(e => e.message);
process.stdout.write(JSON.stringify({verified: result.verified, errors}) + '\n');
process.exit(result.verified ? 0 : 1);
