// Reads an iCalendar file (Satchel's Export → Calendar, satchel-cli export ics) the way calendar
// applications do, with the published ical.js parser (Mozilla's, used by Thunderbird), after
// checking the RFC 5545 rules a lenient parser forgives: CRLF line ends only, no line longer than
// 75 octets, continuation lines starting with a space, VERSION:2.0, PRODID, and on every event a
// UID and a DTSTAMP in UTC.
//   node check-ics.mjs FILE
// Prints {"problems": [...], "events": [{uid, summary, description, url, start, startIsDate, end,
// dtstamp, alarms: [{action, trigger, description}]}]} and exits 0 when there is no problem.
import fs from 'node:fs';
import ICAL from 'ical.js';

const [file] = process.argv.slice(2);
if(!file) {
  console.error('usage: node check-ics.mjs FILE');
  process.exit(2);
}

const bytes = fs.readFileSync(file);
const problems = [];
const text = bytes.toString('utf8');
if(!text.endsWith('\r\n'))
  problems.push('the file does not end with CRLF');
const lines = text.split('\r\n').slice(0, -1);
lines.forEach((line, index) => {
  if(line.includes('\n') || line.includes('\r'))
    problems.push(`line ${index + 1}: a bare CR or LF`);
  const octets = Buffer.byteLength(line, 'utf8');
  if(octets > 75)
    problems.push(`line ${index + 1}: ${octets} octets (RFC 5545 3.1 allows 75)`);
  if(Buffer.from(line, 'utf8').toString('utf8') !== line || line.includes('\uFFFD'))
    problems.push(`line ${index + 1}: a UTF-8 sequence split by folding`);
});

let events = [];
try {
  const calendar = new ICAL.Component(ICAL.parse(text));
  if(calendar.name !== 'vcalendar')
    problems.push(`top component is ${calendar.name}`);
  if(calendar.getFirstPropertyValue('version') !== '2.0')
    problems.push('VERSION is not 2.0');
  if(!calendar.getFirstPropertyValue('prodid'))
    problems.push('no PRODID');
  events = calendar.getAllSubcomponents('vevent').map(vevent => {
    const uid = vevent.getFirstPropertyValue('uid');
    const dtstamp = vevent.getFirstPropertyValue('dtstamp');
    if(!uid)
      problems.push('an event without UID');
    if(!dtstamp || dtstamp.isDate || dtstamp.zone !== ICAL.Timezone.utcTimezone)
      problems.push(`event ${uid}: DTSTAMP missing or not in UTC`);
    const start = vevent.getFirstPropertyValue('dtstart');
    const end = vevent.getFirstPropertyValue('dtend');
    return {
      uid,
      summary: vevent.getFirstPropertyValue('summary'),
      description: vevent.getFirstPropertyValue('description'),
      url: vevent.getFirstPropertyValue('url'),
      start: start ? start.toString() : null,
      startIsDate: start ? start.isDate : null,
      end: end ? end.toString() : null,
      dtstamp: dtstamp ? dtstamp.toString() : null,
      alarms: vevent.getAllSubcomponents('valarm').map(alarm => ({
        action: alarm.getFirstPropertyValue('action'),
        trigger: String(alarm.getFirstPropertyValue('trigger')),
        description: alarm.getFirstPropertyValue('description'),
      })),
    };
  });
} catch(error) {
  problems.push(`ical.js: ${error.message}`);
}
console.log(JSON.stringify({problems, events}));
process.exit(problems.length ? 1 : 0);
