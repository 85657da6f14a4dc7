// A webhook receiver as another system would run it, for the crash test: verifies each delivery's
// Chibo-Signature (HMAC-SHA256 of "<t>.<body>" with the subscription's secret), answers 500 to the
// first FAIL_FIRST deliveries (a receiver that is down for a moment), and keeps every event it
// accepted in arrival order (duplicates included: delivery is at least once).
import crypto from 'node:crypto';
import http from 'node:http';

export class WebhookReceiver {
  constructor({ port, failFirst = 2 }) {
    this.port = port;
    this.failFirst = failFirst;
    this.secret = null;
    this.accepted = []; // CloudEvents, in arrival order
    this.refused = 0; // deliveries answered 500 on purpose
    this.badSignatures = 0;
  }

  get url() {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  start() {
    this.server = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (!this.verified(req.headers['chibo-signature'], body)) {
          this.badSignatures++;
          res.writeHead(401).end();
          return;
        }
        if (this.refused < this.failFirst) {
          this.refused++;
          res.writeHead(500).end();
          return;
        }
        this.accepted.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    return new Promise((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
  }

  verified(header, body) {
    if (!header || !this.secret) return false;
    const parts = header.split(',').map((p) => p.split('='));
    const t = parts.find(([k]) => k === 't')?.[1];
    const expected = crypto.createHmac('sha256', this.secret).update(`${t}.${body}`).digest('hex');
    return parts.some(([k, v]) => k === 'v1' && v.length === expected.length
      && crypto.timingSafeEqual(Buffer.from(v), Buffer.from(expected)));
  }

  /** Event types received for a subject, first arrival of each event id only, in arrival order. */
  typesOf(subject) {
    const seen = new Set();
    return this.accepted.filter((e) => e.subject === subject && !seen.has(e.id) && seen.add(e.id)).map((e) => e.type);
  }

  get duplicates() {
    return this.accepted.length - new Set(this.accepted.map((e) => e.id)).size;
  }

  stop() {
    return new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve()));
  }
}
