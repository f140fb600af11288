// Tasklist plugins of the task's record and the inbox (shared code in ../../../tasktracking/record/):
// - tab "Hồ sơ nhiệm vụ" of every step (tasklist.task.detail): the record of the step's task;
// - the bell in the header (tasklist.navbar.action), which also opens the record as a page of its
//   own at #/?record=NV-… (Tasklist has no route plugin point; see page.js);
// - the header's link to the register ("Sổ theo dõi nhiệm vụ", #/?register=1): each unit its own tasks,
//   the Office and the leaders all; the one entry to find a task (by number or words), whose row opens
//   the record page, and under the record the actions outside the steps (../tasktracking-actions/panel.js:
//   result file, extension, withdrawal), so an issuer with no step of the task finds them there;
// - for the Office's specialists and the administrators only, the header's link to the Excel import
//   ("Nhập nhiệm vụ từ Excel", #/?import=1, see import.js).
import {renderTaskPanel} from '../tasktracking-actions/panel.js';
import {renderBell} from '../../../tasktracking/record/inbox.js';
import {followAddress} from '../../../tasktracking/record/page.js';
import {showRecordOfStep} from '../../../tasktracking/record/record.js';
import {IMPORT_ROLES} from '../../../tasktracking/record/import.js';
import {currentPerson, headerLink, html} from '../../../tasktracking/record/common.js';

let following = false;

/** The actions' styles (they belong to ../tasktracking-actions/), once. */
function actionStyles() {
  if (!document.getElementById('tasktracking-actions-css')) {
    document.head.appendChild(html('link', {id: 'tasktracking-actions-css', rel: 'stylesheet',
      href: new URL('../tasktracking-actions/actions.css', import.meta.url).href}));
  }
}

function actionsUnderRecord(node, registerNumber) {
  actionStyles();
  renderTaskPanel(node, `/tasks/${encodeURIComponent(registerNumber)}/actions`);
}

export default [
  {
    id: 'tasktracking-record-tab',
    pluginPoint: 'tasklist.task.detail',
    // After the form (the step's work), before Camunda's own history, diagram and description.
    priority: 950,
    properties: {label: 'Hồ sơ nhiệm vụ'},
    render: (node, {taskId}) => {
      showRecordOfStep(node, taskId);
    }
  },
  {
    id: 'tasktracking-register-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 150,
    render: node => {
      node.replaceChildren(headerLink('#/?register=1', 'register-link', 'Sổ theo dõi nhiệm vụ'));
    }
  },
  {
    id: 'tasktracking-import-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 140,
    render: node => {
      node.replaceChildren();
      currentPerson().then(person => {
        if (person && (person.roles || []).some(r => IMPORT_ROLES.includes(r))) {
          node.replaceChildren(headerLink('#/?import=1', 'import-link', 'Nhập nhiệm vụ từ Excel'));
        }
      });
    }
  },
  {
    id: 'tasktracking-inbox',
    pluginPoint: 'tasklist.navbar.action',
    priority: 100,
    render: node => {
      renderBell(node);
      if (!following) {
        following = true;
        followAddress({afterRecord: actionsUnderRecord});
      }
    }
  }
];
