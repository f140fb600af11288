// Shared by the product's Tasklist and Cockpit plugins (record, inbox, register): building the page,
// reading the product's API (/api) with the signed-in webapp session, Vietnamese dates.

/** Where the product's API is: beside Camunda's webapps (app-root is the context path + '/camunda'). */
export function apiRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.substring(0, appRoot.lastIndexOf('/')) + '/api';
}

/** The address of Tasklist's own page (for links between the two apps). */
export function tasklistRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return `${appRoot}/app/tasklist/default/#/`;
}

export function html(tag, attributes = {}, ...children) {
  const e = document.createElement(tag);
  Object.entries(attributes).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== false) {
      e.setAttribute(k, v === true ? '' : v);
    }
  });
  children.flat().forEach(c => {
    if (c !== null && c !== undefined && c !== '') {
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  });
  return e;
}

/** An error whose message a person can read: the API's own Vietnamese message, or ours. */
export class ApiError extends Error {
  constructor(message, status, problems = [], summary = message) {
    super(message);
    this.status = status;
    // Each problem the API listed ({row, column, field, message} for an import), and its message without them.
    this.problems = problems;
    this.summary = summary;
  }
}

async function answer(response) {
  if (response.status === 204) {
    return null;
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const problems = body && body.problems ? body.problems.map(p => p.message) : [];
    const message = [body && body.message ? body.message : `Máy chủ trả lời lỗi ${response.status}.`, ...problems]
      .filter((m, i, all) => all.indexOf(m) === i).join(' ');
    throw new ApiError(response.status === 401 ? 'Phiên đăng nhập đã hết, hãy đăng nhập lại.'
      : response.status === 413 ? 'Tệp quá lớn: tối đa 20 MB.' : message, response.status,
      body && body.problems ? body.problems : [], body && body.message ? body.message : message);
  }
  return body;
}

function offline(e) {
  throw e instanceof ApiError ? e : new ApiError('Không kết nối được máy chủ.', 0);
}

export function apiGet(path) {
  return fetch(apiRoot() + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .catch(offline).then(answer);
}

/** Camunda's webapps keep their CSRF token in this cookie; the API accepts the session's writes with it. */
function csrfToken() {
  const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

export function apiPost(path) {
  return fetch(apiRoot() + path, {
    method: 'POST', credentials: 'same-origin', headers: {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()}
  }).catch(offline).then(answer);
}

/** POST of a multipart form (a file upload) with the session's CSRF token. */
export function apiUpload(path, formData) {
  return fetch(apiRoot() + path, {
    method: 'POST', credentials: 'same-origin', headers: {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()}, body: formData
  }).catch(offline).then(answer);
}

/** The signed-in person as the directory knows them (roles, unit), or null. */
export async function currentPerson() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  const user = await fetch(`${appRoot}/api/admin/auth/user/default`, {credentials: 'same-origin'})
    .then(r => (r.ok ? r.json() : null)).catch(() => null);
  if (!user || !user.userId) {
    return null;
  }
  return apiGet(`/directory/people/${encodeURIComponent(user.userId)}`).catch(() => null);
}

/** dd/MM/yyyy from YYYY-MM-DD. */
export function vietnameseDate(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.substring(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

const TIME_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
  hourCycle: 'h23'
});

/** dd/MM/yyyy HH:mm in Vietnam from an instant, whatever the browser's zone. */
export function vietnameseDateTime(instant) {
  if (!instant) {
    return '';
  }
  const p = Object.fromEntries(TIME_PARTS.formatToParts(new Date(instant)).map(x => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/**
 * Calls back whenever the address changes. Besides hashchange, the address is compared a few times a
 * second: Tasklist's router (Angular's $location) follows some links with history.pushState, which
 * fires no event.
 */
export function onAddressChange(callback) {
  let last = window.location.href;
  const check = () => {
    if (window.location.href !== last) {
      last = window.location.href;
      callback();
    }
  };
  window.addEventListener('hashchange', check);
  window.addEventListener('popstate', check);
  window.setInterval(check, 300);
}

/** The parameters after '?' in the Angular route (#/?record=…). */
export function routeParams() {
  const hash = window.location.hash;
  return new URLSearchParams(hash.includes('?') ? hash.substring(hash.indexOf('?') + 1) : '');
}

/** Loads a stylesheet of this folder once. */
export function stylesheet(name) {
  const id = `tt-style-${name}`;
  if (!document.getElementById(id)) {
    document.head.appendChild(html('link', {id, rel: 'stylesheet', href: new URL(`./${name}.css`, import.meta.url).href}));
  }
}

/**
 * A page of the product over Tasklist's list (Tasklist has no route plugin point): a bar back to the
 * list with the page's title, and the body to draw in; appended to the document, returned as both.
 */
export function openPage(title, attributes = {}) {
  const body = html('div', {class: 'tt-page-body'});
  const page = html('div', {...attributes, class: `tt-page ${attributes.class || ''}`.trim()},
    html('div', {class: 'tt-page-bar'}, html('a', {href: '#/', 'data-role': 'back'}, '← Danh sách việc'), html('span', {}, title)),
    body);
  document.body.appendChild(page);
  return {page, body};
}

/** A link of Tasklist's header; on a phone, following it also folds the header's menu, which would cover the page. */
export function headerLink(href, role, text) {
  const link = html('a', {href, class: 'tt-header-link', 'data-role': role}, text);
  link.addEventListener('click', () => {
    const toggle = document.querySelector('button.navbar-toggle');
    if (toggle && toggle.offsetParent !== null && toggle.classList.contains('open')) {
      toggle.click();
    }
  });
  return link;
}
