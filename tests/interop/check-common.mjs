// What the self-checks (check-issuers.mjs, check-verifiers.mjs) share: starting a loopback server
// and reading its URL line, running named checks, and small HTTP and error helpers.
import {spawn} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// Starts `node script`; resolves with {child, url} once it printed {"url":…}.
export function start(script) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, script)], {stdio: ['ignore', 'pipe', 'pipe']});
    let stderr = '';
    child.stderr.on('data', d => { stderr += d; });
    child.stdout.once('data', d => resolve({child, url: JSON.parse(String(d).split('\n')[0]).url,
      stderr: () => stderr}));
    child.once('exit', code => reject(new Error(`${script} exited ${code}: ${stderr}`)));
  });
}

const results = [];
export async function check(name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    results.push(true);
    console.log(`PASS ${name}${detail ? ` (${detail})` : ''} [${Date.now() - started} ms]`);
  } catch(e) {
    results.push(false);
    console.log(`FAIL ${name}: ${String(e?.message ?? e).split('\n').slice(0, 6).join(' | ')}`);
  }
}

// Prints the closing lines and exits 0 when every check passed.
export function finish() {
  const failed = results.filter(r => !r).length;
  console.log(`${results.length - failed}/${results.length} passed`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

export const expect = (condition, message) => { if(!condition) throw new Error(message); };

export async function post(url, body) {
  const response = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body)});
  return {status: response.status, body: await response.json()};
}

export const getJson = async url => (await fetch(url)).json();

// The error a failing library call carries (an OAuth error response or its text).
export function errorCode(e) {
  const text = String(e?.message ?? e);
  return e?.errorResponse?.error ?? text.match(/\\?"error\\?":\s*\\?"([^"\\]+)/)?.[1] ?? text;
}

// Runs fn, which must fail; returns the error code it failed with.
export async function refused(fn) {
  try {
    await fn();
  } catch(e) {
    return errorCode(e);
  }
  throw new Error('it succeeded');
}
