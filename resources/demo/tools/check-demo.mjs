#!/usr/bin/env node
// Re-verifies every demo credential with the reference verifier (shared/tools/refvc/verify.mjs)
// and compares the outcome with manifest.json's expectStatus.
//
//   node resources/demo/tools/check-demo.mjs /tmp/refvc
//
// valid   -> the reference verifier says valid
// expired -> invalid only because of "expired" (the signature check passed)
// unknown -> invalid only because the OB 2.0 key URL cannot be fetched offline ("no-key")
import {execFileSync} from 'node:child_process';
import {createPublicKey, verify} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const toolDir = path.resolve(process.argv[2] ?? '');
const demoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(demoDir, 'manifest.json'), 'utf8'));
let failures = 0;

// The OB 2.0 key is not reachable, so check those signatures against the committed public key.
const ob2Key = createPublicKey(readFileSync(path.join(demoDir, 'keys', 'riverside-makerspace-key-1.pem')));
function ob2Jws(file) {
  const buf = readFileSync(file);
  if(!file.endsWith('.png')) {
    return buf.toString('utf8').trim();
  }
  for(let off = 8; off + 12 <= buf.length;) { // find the iTXt "openbadges" chunk
    const len = buf.readUInt32BE(off);
    const data = buf.subarray(off + 8, off + 8 + len);
    if(buf.toString('latin1', off + 4, off + 8) === 'iTXt' &&
      data.toString('latin1', 0, 11) === 'openbadges\0') {
      return data.subarray(15).toString('utf8'); // keyword, NUL, flag, method, 2 empty strings
    }
    off += 12 + len;
  }
  return '';
}
const rs256Ok = jws => {
  const [h, p, sig] = jws.split('.');
  return verify('sha256', Buffer.from(`${h}.${p}`), ob2Key, Buffer.from(sig ?? '', 'base64url'));
};
for(const f of manifest.files) {
  let out;
  try {
    out = execFileSync('node', [path.join(toolDir, 'verify.mjs'), path.join(demoDir, f.file)],
      {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
  } catch(e) {
    out = e.stdout; // exit 1 = invalid, still prints the JSON report
  }
  const r = JSON.parse(out);
  const codes = (r.errors ?? []).map(e => e.code ?? e);
  let got;
  if(r.valid) {
    got = 'valid';
  } else if(codes.length === 1 && codes[0] === 'expired') {
    got = 'expired';
  } else if(codes.length === 1 && codes[0] === 'no-key') {
    got = rs256Ok(ob2Jws(path.join(demoDir, f.file))) ? 'unknown' : 'invalid (RS256 signature)';
  } else {
    got = `invalid (${codes.join(', ')})`;
  }
  const ok = got === f.expectStatus;
  failures += ok ? 0 : 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${f.file}: ${got}`);
}
console.log(failures ? `${failures} mismatches` : `all ${manifest.files.length} as expected`);
process.exit(failures ? 1 : 0);
