// Tasklist plugins of the task tracking system (loaded by customScripts in ../config.js; plain ES
// modules, no build step):
// - tab "Thao tác" (tasklist.task.detail) beside the step's form: the task's record and the
//   actions outside the form (attach the result's file, ask for an extension, withdraw);
// - "Tra cứu nhiệm vụ" in the header (tasklist.navbar.action): the same panel for a register
//   number, for the issuers, who have no step of the task in their list.
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

function lookupDialog() {
  const overlay = document.createElement('div');
  overlay.className = 'tt-overlay';
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-modal', 'true');
  overlay.setAttribute('aria-label', 'Tra cứu nhiệm vụ');
  const dialog = document.createElement('div');
  dialog.className = 'tt-dialog';
  const head = document.createElement('div');
  head.className = 'tt-dialog-head';
  const title = document.createElement('h3');
  title.textContent = 'Tra cứu nhiệm vụ';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'btn btn-default';
  close.textContent = 'Đóng';
  close.onclick = () => overlay.remove();
  head.append(title, close);
  const form = document.createElement('form');
  form.className = 'tt-lookup';
  const label = document.createElement('label');
  label.htmlFor = 'tt-lookup-number';
  label.textContent = 'Số vào sổ của nhiệm vụ';
  const row = document.createElement('div');
  row.className = 'tt-date-row';
  const input = document.createElement('input');
  input.id = 'tt-lookup-number';
  input.className = 'form-control';
  input.placeholder = 'ví dụ NV-2026-000123';
  input.autocomplete = 'off';
  const show = document.createElement('button');
  show.type = 'submit';
  show.className = 'btn btn-primary';
  show.textContent = 'Xem';
  row.append(input, show);
  const message = document.createElement('p');
  message.className = 'tt-message tt-error';
  message.hidden = true;
  form.append(label, row, message);
  const body = document.createElement('div');
  form.onsubmit = event => {
    event.preventDefault();
    const number = input.value.trim().toUpperCase();
    if (!/^[A-Z]{2}-\d{4}-\d{1,6}$/.test(number)) {
      message.textContent = 'Nhập số vào sổ theo dạng NV-2026-000123.';
      message.hidden = false;
      return;
    }
    message.hidden = true;
    renderTaskPanel(body, `/tasks/${encodeURIComponent(number)}/actions`);
  };
  dialog.append(head, form, body);
  overlay.append(dialog);
  overlay.addEventListener('keydown', event => {
    if (event.key === 'Escape') {
      overlay.remove();
    }
  });
  document.body.append(overlay);
  input.focus();
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
  },
  {
    id: 'tasktracking.task-lookup',
    pluginPoint: 'tasklist.navbar.action',
    priority: 100,
    render(node) {
      addStyles();
      const button = document.createElement('a');
      button.href = '';
      button.className = 'tt-lookup-open';
      button.setAttribute('role', 'button');
      button.innerHTML = '<span class="glyphicon glyphicon-search" aria-hidden="true"></span> ';
      button.append('Tra cứu nhiệm vụ');
      button.onclick = event => {
        event.preventDefault();
        lookupDialog();
      };
      node.append(button);
    }
  }
];
