// Tasklist plugins of the task's record and the inbox (shared code in ../../../tasktracking/record/):
// - tab "Hồ sơ nhiệm vụ" of every step (tasklist.task.detail): the record of the step's task;
// - the bell in the header (tasklist.navbar.action), which also opens the record as a page of its
//   own at #/?record=NV-… (Tasklist has no route plugin point; see page.js);
// - the header's link to the register ("Sổ theo dõi nhiệm vụ", #/?register=1): each unit its own tasks,
//   the Office and the leaders all; the one entry to find a task (by number or words), whose row opens
//   the record page, and under the record the actions outside the steps (../tasktracking-actions/panel.js:
//   result file, extension, withdrawal), so an issuer with no step of the task finds them there.
import {renderTaskPanel} from '../tasktracking-actions/panel.js';
import {renderBell} from '../../../tasktracking/record/inbox.js';
import {followAddress} from '../../../tasktracking/record/page.js';
import {showRecordOfStep} from '../../../tasktracking/record/record.js';
import {html} from '../../../tasktracking/record/common.js';

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
      node.replaceChildren(html('a', {href: '#/?register=1', class: 'tt-header-link', 'data-role': 'register-link'}, 'Sổ theo dõi nhiệm vụ'));
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
