// Tasklist plugins of the task tracking system (loaded by customScripts in ../config.js; plain ES
// modules, no build step):
// - tab "Thao tác" (tasklist.task.detail) beside the step's form: the task's record and the
//   actions outside the form (attach the result's file, ask for an extension, withdraw).
// The same panel stands under a task's record page (../tasktracking-record/plugin.js), which the
// register ("Sổ theo dõi nhiệm vụ" in the header, the one place to look a task up) opens: so the
// issuers, who have no step of the task in their list, find it there.
import {renderTaskPanel} from './panel.js';

function addStyles() {
  if (document.getElementById('tasktracking-actions-css')) {
    return;
  }
  const link = document.createElement('link');
  link.id = 'tasktracking-actions-css';
  link.rel = 'stylesheet';
  link.href = new URL('./actions.css', import.meta.url).href;
  document.head.appendChild(link);
}

export default [
  {
    id: 'tasktracking.task-record',
    pluginPoint: 'tasklist.task.detail',
    // After the form (Tasklist's form tab comes first), before history, diagram and description.
    priority: 900,
    label: 'Thao tác',
    render(node, {taskId}) {
      addStyles();
      renderTaskPanel(node, `/steps/${encodeURIComponent(taskId)}/actions`);
    }
  }
];
