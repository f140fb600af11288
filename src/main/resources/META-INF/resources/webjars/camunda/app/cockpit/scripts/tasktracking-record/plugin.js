// Cockpit plugins of the register and the inbox (shared code in ../../../tasktracking/record/):
// - the register "Sổ theo dõi nhiệm vụ", a page of its own (cockpit.route) with its filters in the
//   address (#/so-theo-doi-nhiem-vu?unit=…&statusClass=…), where the dashboard's figures lead, and an
//   entry in the header; a row opens the task's record (a page of Tasklist, where everyone works);
// - the bell. Cockpit 7.24 has no navbar action plugin point (Tasklist has); an entry of its header
//   menu (cockpit.navigation) may draw itself, so the bell is the menu's last entry.
import {renderBell} from '../../../tasktracking/record/inbox.js';
import {renderRegister} from '../../../tasktracking/record/register.js';

export const REGISTER_PATH = '/so-theo-doi-nhiem-vu';
const REGISTER_TITLE = 'Sổ theo dõi nhiệm vụ';

/** Draws the register, and again whenever its filters in the address change while it is shown. */
function mountRegister(node) {
  let last = null;
  const draw = () => {
    if (!node.isConnected && last !== null) {
      window.removeEventListener('hashchange', draw);
      return;
    }
    if (window.location.hash.startsWith(`#${REGISTER_PATH}`) && window.location.hash !== last) {
      last = window.location.hash;
      renderRegister(node);
    }
  };
  window.addEventListener('hashchange', draw);
  draw();
}

export default [
  {
    id: 'tasktracking-register',
    pluginPoint: 'cockpit.route',
    properties: {path: REGISTER_PATH, label: REGISTER_TITLE},
    render: node => mountRegister(node)
  },
  {
    id: 'tasktracking-register-link',
    pluginPoint: 'cockpit.navigation',
    priority: 40,
    properties: {path: REGISTER_PATH, pagePath: `#${REGISTER_PATH}`, label: REGISTER_TITLE},
    checkActive: url => url.includes(`#${REGISTER_PATH}`)
  },
  {
    id: 'tasktracking-inbox',
    pluginPoint: 'cockpit.navigation',
    priority: 0,
    properties: {label: 'Thông báo'},
    checkActive: () => false,
    render: node => renderBell(node)
  }
];
