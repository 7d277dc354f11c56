// A minimal scripted browser for the interop test: a cookie jar per origin, manual redirects, and form
// submission. It knows three kinds of page: the sandbox providers' login form (id "login"), the hub's
// provider choice (id "choose") and consent (id "consent") forms, and auto-submitting POST forms (SAML).

const MAX_STEPS = 40;

export class ScriptedBrowser {
  constructor({ username, password, choice, log = () => {} }) {
    this.jar = new Map(); // origin -> Map(name -> value)
    this.username = username;
    this.password = password;
    this.choice = choice;
    this.log = log;
  }

  cookieHeader(url) {
    const cookies = this.jar.get(new URL(url).origin);
    return cookies ? [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  remember(url, response) {
    const origin = new URL(url).origin;
    const cookies = this.jar.get(origin) ?? new Map();
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (attributes.some(isExpiry)) {
        cookies.delete(name);
      } else {
        cookies.set(name, pair.slice(eq + 1).trim());
      }
    }
    this.jar.set(origin, cookies);
  }

  async request(url, { method = 'GET', form } = {}) {
    const headers = { cookie: this.cookieHeader(url), 'accept-language': 'ja' };
    let body;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(form).toString();
    }
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    this.remember(url, response);
    this.log(`${method} ${url} -> ${response.status}`);
    return response;
  }

  // Walks from startUrl until a redirect targets stopPrefix; returns that URL.
  async browseUntil(startUrl, stopPrefix) {
    let next = { url: startUrl, method: 'GET', form: undefined };
    for (let step = 0; step < MAX_STEPS; step++) {
      const response = await this.request(next.url, next);
      if (response.status >= 300 && response.status < 400) {
        const location = new URL(response.headers.get('location'), next.url).toString();
        if (location.startsWith(stopPrefix)) {
          return location;
        }
        next = { url: location, method: 'GET' };
        continue;
      }
      const html = await response.text();
      if (response.status !== 200) {
        throw new Error(`unexpected ${response.status} at ${next.url}: ${html.slice(0, 300)}`);
      }
      const form = parseForm(html, next.url);
      if (!form) {
        throw new Error(`no form to continue at ${next.url}`);
      }
      next = { url: form.action, method: 'POST', form: this.fill(form) };
    }
    throw new Error('too many steps');
  }

  fill(form) {
    const values = [...form.hidden];
    if (form.id === 'login') {
      values.push(['username', this.username], ['password', this.password], ['action', 'login']);
    } else if (form.id === 'choose') {
      values.push(['choice', this.choice]);
    } else if (form.id === 'consent') {
      for (const claim of form.checkboxes) {
        values.push(['claims', claim]);
      }
      values.push(['decision', form.approveValue ?? 'approve']);
    }
    return values;
  }
}

// A Set-Cookie attribute that deletes the cookie (Max-Age=0 or an Expires in the past).
function isExpiry(attribute) {
  const [key, value = ''] = attribute.split('=').map((part) => part.trim());
  if (/^max-age$/i.test(key)) return Number(value) <= 0;
  if (/^expires$/i.test(key)) return Date.parse(value) < Date.now();
  return false;
}

function attr(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? decodeEntities(match[2] ?? match[3]) : undefined;
}

function decodeEntities(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function parseForm(html, pageUrl) {
  // A page may carry several forms (the hub's choice page has a search form too): take the one the flow
  // continues with, by id, else an auto-submitting (SAML) form, else the first.
  const forms = [...html.matchAll(/<form\b[^>]*>/gi)];
  const open = forms.find((f) => ['login', 'choose', 'consent'].includes(attr(f[0], 'id')))
    ?? forms.find((f) => (attr(f[0], 'method') ?? '').toLowerCase() === 'post') ?? forms[0];
  if (!open) {
    return undefined;
  }
  const end = html.indexOf('</form>', open.index);
  const inner = html.slice(open.index, end < 0 ? undefined : end);
  const form = {
    id: attr(open[0], 'id'),
    action: new URL(attr(open[0], 'action') ?? pageUrl, pageUrl).toString(),
    hidden: [],
    checkboxes: [],
    approveValue: undefined,
  };
  for (const [tag] of inner.matchAll(/<input\b[^>]*>/gi)) {
    const type = (attr(tag, 'type') ?? 'text').toLowerCase();
    const name = attr(tag, 'name');
    if (type === 'hidden' && name) {
      form.hidden.push([name, attr(tag, 'value') ?? '']);
    } else if (type === 'checkbox' && name && /\schecked\b/i.test(tag)) {
      form.checkboxes.push(attr(tag, 'value'));
    }
  }
  for (const [tag] of inner.matchAll(/<button\b[^>]*>/gi)) {
    if (attr(tag, 'name') === 'decision' && !/secondary/.test(attr(tag, 'class') ?? '')) {
      form.approveValue = attr(tag, 'value');
    }
  }
  return form;
}
