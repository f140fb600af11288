// The Provincial Office's desk in Tasklist (ES module plugin, loaded by customScripts in ../config.js):
// - «Vào sổ văn bản» in the header (tasklist.navbar.action), only for those the API lets register
//   (the Office's specialists and the administrator: GET /api/directives/issuers answers them alone);
// - the page #/?directive=new: a directive with any number of tasks, registered in one save;
// - the page #/?directive=<id>: a registered directive with its tasks, and tasks added to it.
// Tasklist has no route plugin point; as the record's page (../../../tasktracking/record/page.js),
// this one follows the address from a plugin that is on every Tasklist page.
import {headerLink, html, onAddressChange, openPage, routeParams, stylesheet} from '../../../tasktracking/record/common.js';
import {call} from '../tasktracking-actions/api.js';
import {renderDirective, renderNewDirective} from './desk.js';

let issuers = null;
let following = false;
let page = null;
let shown = null; // the directive's key of the page shown ('new' or an id)
let registered = null; // {key, done}: the directive just registered, and what to say about it on its page

/** The issuers to choose from, or null when the API refuses this person the desk. */
function loadIssuers() {
  if (!issuers) {
    issuers = call('GET', '/directives/issuers').catch(() => null);
  }
  return issuers;
}

function addStyles() {
  stylesheet('record');
  if (!document.getElementById('tt-style-office-desk')) {
    document.head.appendChild(html('link', {id: 'tt-style-office-desk', rel: 'stylesheet', href: new URL('./desk.css', import.meta.url).href}));
  }
}

function closePage() {
  if (page) {
    page.remove();
    page = null;
    shown = null;
  }
}

function pageFrame(title) {
  closePage();
  addStyles();
  const opened = openPage(title, {class: 'tt-desk-page', 'data-role': 'office-desk'});
  page = opened.page;
  return opened.body;
}

async function route() {
  const key = (routeParams().get('directive') || '').trim();
  if (!key || routeParams().get('record') || routeParams().get('register')) {
    closePage();
    return;
  }
  // Tasklist adds its own parameters (filter, sorting) to the address: the page is the directive's key.
  if (shown === key) {
    return;
  }
  const body = pageFrame(key === 'new' ? 'Vào sổ văn bản giao nhiệm vụ' : 'Văn bản và các nhiệm vụ');
  shown = key;
  if (key === 'new') {
    const options = await loadIssuers();
    if (!options) {
      body.replaceChildren(html('p', {class: 'tt-message'}, 'Chỉ chuyên viên Văn phòng UBND tỉnh được vào sổ văn bản giao nhiệm vụ.'));
      return;
    }
    // Once registered, the address becomes the directive's, so going back from a record returns to it.
    await renderNewDirective(body, options, (id, done) => {
      registered = {key: String(id), done};
      window.location.hash = `#/?directive=${id}`;
    });
  } else {
    const done = registered && registered.key === key ? registered.done : null;
    registered = null;
    await renderDirective(body, key, Boolean(await loadIssuers()), done);
  }
}

export default [
  {
    id: 'tasktracking-office-desk',
    pluginPoint: 'tasklist.navbar.action',
    priority: 160,
    render: node => {
      // Asked again whenever the header is drawn: after a sign-in, the person may be another one.
      issuers = null;
      if (!following) {
        following = true;
        onAddressChange(route);
        route();
      }
      loadIssuers().then(options => {
        node.replaceChildren();
        if (options) {
          addStyles();
          node.replaceChildren(headerLink('#/?directive=new', 'office-desk-link', 'Vào sổ văn bản'));
        }
      });
    }
  }
];
