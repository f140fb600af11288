// The Office's desk (see plugin.js): registering a directive with its tasks, and a registered
// directive with its tasks and its addendum. Every refusal of the API names its field
// (number, issuedOn, tasks[2].leadUnit, …) and is shown beside that field; the form is never
// redrawn after a refusal, so nothing typed is lost. The directive's file is uploaded first
// (POST /api/documents) and registered with its id: a file whose directive is refused stays
// unattached, readable by its uploader alone, and is reused when the form is sent again.
import {apiRoot, html, tasklistRoot, vietnameseDate} from '../../../tasktracking/record/common.js';
import {COLOURS} from '../../../tasktracking/record/register.js';
import {call} from '../tasktracking-actions/api.js';
import {dateField} from '../tasktracking-actions/dates.js';

const MAX_FILE = 20 * 1024 * 1024;
let sequence = 0;

/** Today in Vietnam as YYYY-MM-DD: the day an addendum's tasks are assigned. */
function today() {
  return new Date().toLocaleDateString('sv-SE', {timeZone: 'Asia/Ho_Chi_Minh'});
}

function fold(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** A place beside a field for what is wrong with it; cleared when the person changes the field. */
function errorSlot(root) {
  const slot = html('p', {class: 'tt-field-error', role: 'alert', hidden: true});
  root.append(slot);
  root.addEventListener('input', () => clear(slot));
  root.addEventListener('change', () => clear(slot));
  return slot;
}

function clear(slot) {
  slot.textContent = '';
  slot.hidden = true;
}

function say(slot, message) {
  slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
  slot.hidden = false;
}

/** A labelled field with its error slot. */
function field(label, control, id) {
  const root = html('div', {class: 'tt-desk-field'}, html('label', {for: id}, label), control);
  return {root, error: errorSlot(root)};
}

/** A date field typed as day/month/year (dates.js) with its error slot. */
function dateWithError(label, name) {
  const date = dateField(`tt-desk-${name}-${++sequence}`, label);
  date.input.name = name;
  date.root.classList.add('tt-desk-field');
  return {...date, error: errorSlot(date.root)};
}

/**
 * Units chosen by name as one types (accents optional). Text typed and not chosen is sent as it is,
 * so the API's refusal of an unknown unit shows beside the field.
 */
function unitPicker(units, id, multiple) {
  const input = html('input', {type: 'text', id, class: 'form-control', autocomplete: 'off', role: 'combobox',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', placeholder: 'Gõ tên đơn vị để tìm'});
  const list = html('ul', {class: 'tt-suggestions', role: 'listbox', hidden: true});
  const chips = html('ul', {class: 'tt-chips'});
  const chosen = [];
  let active = -1;

  function matches() {
    const q = fold(input.value.trim());
    return units.filter(u => !chosen.some(c => c.code === u.code))
      .filter(u => !q || fold(u.name).includes(q) || fold(u.code).includes(q)).slice(0, 8);
  }
  function open() {
    const found = matches();
    active = -1;
    list.replaceChildren(...(found.length ? found.map(u => {
      const option = html('li', {role: 'option', 'data-code': u.code}, u.name);
      option.addEventListener('mousedown', e => e.preventDefault());
      option.addEventListener('click', () => pick(u));
      return option;
    }) : [html('li', {class: 'tt-none'}, 'Không có đơn vị đang hoạt động nào khớp.')]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }
  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }
  function drawChips() {
    chips.replaceChildren(...chosen.map(u => html('li', {'data-code': u.code}, u.name,
      button('×', () => {
        chosen.splice(chosen.indexOf(u), 1);
        drawChips();
        input.dispatchEvent(new Event('change', {bubbles: true}));
      }, {'aria-label': `Bỏ ${u.name}`, class: 'tt-chip-remove'}))));
  }
  function pick(u) {
    if (multiple) {
      chosen.push(u);
      input.value = '';
      drawChips();
    } else {
      chosen.splice(0, chosen.length, u);
      input.value = u.name;
    }
    close();
    input.dispatchEvent(new Event('change', {bubbles: true}));
  }
  input.addEventListener('input', () => {
    if (!multiple) {
      chosen.splice(0, chosen.length);
    }
    open();
  });
  input.addEventListener('focus', open);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', event => {
    const options = [...list.querySelectorAll('[role=option]')];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) {
        open();
      }
      active = Math.max(0, Math.min(options.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
      options.forEach((o, i) => o.classList.toggle('tt-active', i === active));
    } else if (event.key === 'Enter' && !list.hidden && options.length) {
      event.preventDefault();
      options[Math.max(active, 0)].click();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  const root = html('div', {class: 'tt-picker'}, multiple ? chips : '', input, list);
  return {
    root,
    input,
    value() {
      const typed = input.value.trim();
      if (multiple) {
        return [...chosen.map(u => u.code), ...(typed ? [typed] : [])];
      }
      return chosen.length ? chosen[0].code : typed;
    }
  };
}

function button(label, onclick, attributes = {}) {
  const b = html('button', {type: 'button', class: 'btn btn-default', ...attributes}, label);
  b.addEventListener('click', onclick);
  return b;
}

/**
 * One task of the form: content, lead unit, coordinating units, deadline (a date, N working days
 * with the day it gives, or none), key task.
 */
function taskRow(units, countFrom, onRemove) {
  const n = ++sequence;
  const content = html('textarea', {id: `tt-desk-content-${n}`, class: 'form-control', rows: 3, name: 'content'});
  const lead = unitPicker(units, `tt-desk-lead-${n}`, false);
  const coordinating = unitPicker(units, `tt-desk-coordinating-${n}`, true);
  const deadlineDate = dateWithError('Hạn xử lý (ngày/tháng/năm)', 'deadline');
  const days = html('input', {type: 'number', id: `tt-desk-days-${n}`, class: 'form-control', min: 1, max: 1000, step: 1,
    inputmode: 'numeric', name: 'deadlineWorkingDays'});
  const computed = html('p', {class: 'tt-computed', 'data-role': 'computed-deadline', 'aria-live': 'polite'});
  const daysField = field('Số ngày làm việc kể từ ngày giao', html('div', {class: 'tt-days'}, days, computed), days.id);
  const modes = [['date', 'Đến ngày'], ['days', 'Sau số ngày làm việc'], ['none', 'Không thời hạn']];
  const modeInputs = modes.map(([value, label]) => {
    const input = html('input', {type: 'radio', name: `tt-desk-mode-${n}`, value, checked: value === 'date'});
    return [input, html('label', {class: 'tt-mode'}, input, ` ${label}`)];
  });
  const mode = () => modeInputs.find(([input]) => input.checked)[0].value;
  const modeField = html('fieldset', {class: 'tt-desk-field tt-modes'}, html('legend', {}, 'Thời hạn'), modeInputs.map(([, label]) => label));
  const keyTask = html('input', {type: 'checkbox', name: 'keyTask'});
  const title = html('h4', {}, 'Nhiệm vụ');
  const remove = button('Bỏ nhiệm vụ này', () => onRemove(row), {'data-role': 'remove-task'});
  const contentField = field('Nội dung nhiệm vụ', content, content.id);
  const leadField = field('Đơn vị chủ trì', lead.root, lead.input.id);
  const coordinatingField = field('Đơn vị phối hợp (có thể chọn nhiều)', coordinating.root, coordinating.input.id);
  const rowError = errorSlot(html('div'));
  const root = html('fieldset', {class: 'tt-desk-task', 'data-role': 'task'},
    html('div', {class: 'tt-desk-task-head'}, title, remove),
    rowError, contentField.root, leadField.root, coordinatingField.root, modeField, deadlineDate.root, daysField.root,
    html('label', {class: 'tt-check'}, keyTask, ' Nhiệm vụ trọng tâm'));

  let asked = 0;
  async function compute() {
    const ask = ++asked;
    computed.textContent = '';
    const count = Number(days.value);
    if (mode() !== 'days' || !days.value || !Number.isInteger(count) || count < 1 || count > 1000) {
      return;
    }
    const from = countFrom();
    if (!from) {
      computed.textContent = 'Nhập ngày ban hành văn bản để tính hạn.';
      return;
    }
    try {
      const answer = await call('GET', `/calendar/deadline?from=${from}&workingDays=${count}`);
      if (ask === asked) {
        computed.textContent = `Hạn xử lý: ${answer.text}`;
        computed.dataset.date = answer.deadline;
      }
    } catch (e) {
      if (ask === asked) {
        computed.textContent = e.message;
      }
    }
  }
  function showMode() {
    deadlineDate.root.hidden = mode() !== 'date';
    daysField.root.hidden = mode() !== 'days';
    compute();
  }
  modeInputs.forEach(([input]) => input.addEventListener('change', showMode));
  days.addEventListener('input', compute);
  showMode();

  const row = {
    root,
    compute,
    /** Its place in the list (from 1), and whether it may go (a directive keeps at least one task). */
    number(i, alone) {
      title.textContent = `Nhiệm vụ ${i}`;
      remove.hidden = alone;
    },
    /** The task as the API takes it, or null after showing what is wrong here. */
    request() {
      const task = {content: content.value, leadUnit: lead.value(), coordinatingUnits: coordinating.value(), keyTask: keyTask.checked};
      if (mode() === 'date') {
        const date = deadlineDate.value();
        if (date === null) {
          say(deadlineDate.error, `'${deadlineDate.input.value.trim()}' không phải ngày có thật dạng ngày/tháng/năm.`);
          return null;
        }
        task.deadline = date || null;
      } else if (mode() === 'days') {
        if (!/^\d+$/.test(days.value.trim())) {
          say(daysField.error, 'Nhập số ngày làm việc là một số nguyên từ 1 đến 1000.');
          return null;
        }
        task.deadlineWorkingDays = Number(days.value);
      }
      return task;
    },
    slots: {'': rowError, content: contentField.error, leadUnit: leadField.error, coordinatingUnits: coordinatingField.error,
      deadline: null, deadlineWorkingDays: daysField.error},
    slot(name) {
      if (name === 'deadline') {
        return mode() === 'days' ? daysField.error : deadlineDate.error;
      }
      return this.slots[name] || rowError;
    },
    clearErrors() {
      [rowError, contentField.error, leadField.error, coordinatingField.error, deadlineDate.error, daysField.error].forEach(clear);
    }
  };
  return row;
}

/** The tasks of a form: rows added and removed at will, numbered as the API numbers them (from 1). */
function taskList(units, countFrom) {
  const rows = [];
  const holder = html('div', {class: 'tt-desk-tasks'});
  const error = errorSlot(html('div'));
  function renumber() {
    rows.forEach((r, i) => r.number(i + 1, rows.length === 1));
  }
  function add() {
    const row = taskRow(units, countFrom, r => {
      rows.splice(rows.indexOf(r), 1);
      r.root.remove();
      renumber();
    });
    rows.push(row);
    holder.append(row.root);
    renumber();
    return row;
  }
  add();
  const root = html('div', {}, holder, error, button('+ Thêm nhiệm vụ', () => add().root.querySelector('textarea').focus(),
    {'data-role': 'add-task'}));
  return {
    root,
    recompute: () => rows.forEach(r => r.compute()),
    clearErrors() {
      clear(error);
      rows.forEach(r => r.clearErrors());
    },
    requests() {
      const all = rows.map(r => r.request());
      return all.includes(null) ? null : all;
    },
    /** The slot of tasks, tasks[n] or tasks[n].field[m]; null for any other field. */
    slot(path) {
      const m = /^tasks(?:\[(\d+)\](?:\.([a-zA-Z]+))?)?/.exec(path);
      if (!m) {
        return null;
      }
      const row = m[1] ? rows[Number(m[1]) - 1] : null;
      return row ? row.slot(m[2] || '') : error;
    }
  };
}

/** Places each problem of a refusal beside its field; the rest in the form's status line. */
function showRefusal(e, slotOf, status) {
  const problems = e.problems && e.problems.length ? e.problems : [{field: '', message: e.message}];
  let first = null;
  problems.forEach(p => {
    const slot = slotOf(p.field || '');
    if (slot) {
      say(slot, p.message);
      first = first || slot;
    } else {
      status.append(html('span', {}, p.message, ' '));
    }
  });
  status.className = 'tt-status tt-error';
  status.prepend(problems.length > 1 || first ? 'Chưa lưu được, hãy sửa các chỗ được đánh dấu. ' : '');
  (first || status).scrollIntoView({block: 'center'});
}

/** What was typed is wrong before anything is sent: the fields say what. */
function showUnsent(status) {
  status.className = 'tt-status tt-error';
  status.textContent = 'Chưa lưu được, hãy sửa các chỗ được đánh dấu.';
  const first = [...document.querySelectorAll('.tt-desk .tt-field-error')].find(e => !e.hidden);
  (first || status).scrollIntoView({block: 'center'});
}

function resultList(registration) {
  return html('ul', {class: 'tt-desk-numbers', 'data-role': 'register-numbers'}, registration.registerNumbers.map(number =>
    html('li', {}, html('a', {href: `${tasklistRoot()}?record=${encodeURIComponent(number)}`, 'data-role': 'register-number'}, number))));
}

/**
 * The page #/?directive=new.
 *
 * @param onRegistered called with the directive's id and what to say once it is registered
 */
export async function renderNewDirective(node, issuers, onRegistered) {
  node.replaceChildren(html('p', {class: 'tt-status'}, 'Đang tải danh mục đơn vị…'));
  let units;
  try {
    units = await call('GET', '/directory/units?active=true');
  } catch (e) {
    node.replaceChildren(html('p', {class: 'tt-message'}, e.message));
    return;
  }
  const number = html('input', {type: 'text', id: 'tt-desk-number', class: 'form-control', name: 'number', maxlength: 64,
    placeholder: 'Ví dụ 162/QĐ-UBND'});
  const numberField = field('Số, ký hiệu văn bản', number, number.id);
  const issuedOn = dateWithError('Ngày ban hành', 'issuedOn');
  const issuer = html('select', {id: 'tt-desk-issuer', class: 'form-control', name: 'issuer'},
    html('option', {value: ''}, '— Chọn người/cơ quan giao —'),
    issuers.map((i, index) => html('option', {value: String(index)}, i.name)));
  const issuerField = field('Người/cơ quan giao', issuer, issuer.id);
  const excerpt = html('textarea', {id: 'tt-desk-excerpt', class: 'form-control', rows: 2, name: 'excerpt'});
  const excerptField = field('Trích yếu', excerpt, excerpt.id);
  const file = html('input', {type: 'file', id: 'tt-desk-file', class: 'tt-file-input', name: 'file'});
  const fileName = html('span', {class: 'tt-file-name'}, 'Chưa chọn tệp');
  const fileField = field('Tệp văn bản', html('div', {class: 'tt-file'}, file,
    html('label', {for: file.id, class: 'btn btn-default'}, 'Chọn tệp…'), fileName), file.id);
  file.addEventListener('change', () => {
    fileName.textContent = file.files.length ? file.files[0].name : 'Chưa chọn tệp';
  });
  const tasks = taskList(units, () => issuedOn.value() || null);
  issuedOn.input.addEventListener('input', tasks.recompute);
  issuedOn.input.addEventListener('change', tasks.recompute);
  const save = html('button', {type: 'submit', class: 'btn btn-primary', 'data-role': 'save'}, 'Vào sổ văn bản và các nhiệm vụ');
  const status = html('p', {class: 'tt-status', 'aria-live': 'polite', 'data-role': 'status'});
  const form = html('form', {class: 'tt-desk-form', novalidate: true},
    html('h3', {}, 'Văn bản chỉ đạo'),
    html('div', {class: 'tt-desk-grid'}, numberField.root, issuedOn.root, issuerField.root), excerptField.root, fileField.root,
    html('h3', {}, 'Các nhiệm vụ được giao'),
    html('p', {class: 'tt-hint'}, 'Một lần lưu vào sổ văn bản cùng mọi nhiệm vụ, hoặc không lưu gì khi có chỗ sai.'),
    tasks.root, html('div', {class: 'tt-desk-actions'}, save), status);
  node.replaceChildren(html('section', {class: 'tt-record tt-desk'}, html('h2', {}, 'Vào sổ văn bản giao nhiệm vụ'), form));

  const slots = {number: numberField.error, issuedOn: issuedOn.error, issuerKind: issuerField.error,
    issuerUsername: issuerField.error, excerpt: excerptField.error, documentId: fileField.error, file: fileField.error};
  let uploaded = null; // {file, id}: the file already sent, reused while it is the one chosen

  form.addEventListener('submit', async event => {
    event.preventDefault();
    Object.values(slots).forEach(clear);
    tasks.clearErrors();
    status.className = 'tt-status';
    status.replaceChildren();
    let wrong = false;
    const date = issuedOn.value();
    if (date === null) {
      say(issuedOn.error, `'${issuedOn.input.value.trim()}' không phải ngày có thật dạng ngày/tháng/năm.`);
      wrong = true;
    }
    const chosen = issuers[Number(issuer.value)];
    if (!issuer.value) {
      say(issuerField.error, 'Chưa chọn người/cơ quan giao.');
      wrong = true;
    }
    const chosenFile = file.files.length ? file.files[0] : null;
    if (chosenFile && chosenFile.size > MAX_FILE) {
      say(fileField.error, 'Tệp quá lớn: tối đa 20 MB.');
      wrong = true;
    }
    const requests = tasks.requests();
    if (wrong || !requests) {
      showUnsent(status);
      return;
    }
    save.disabled = true;
    try {
      if (chosenFile && (!uploaded || uploaded.file !== chosenFile)) {
        status.textContent = 'Đang tải tệp văn bản lên…';
        const body = new FormData();
        body.append('file', chosenFile);
        uploaded = {file: chosenFile, id: (await call('POST', '/documents', body)).id};
      }
      status.textContent = 'Đang vào sổ…';
      const registration = await call('POST', '/directives', {
        number: number.value, issuedOn: date || null, issuerKind: chosen.kind, issuerUsername: chosen.username,
        excerpt: excerpt.value, documentId: chosenFile ? uploaded.id : null, tasks: requests
      });
      status.textContent = '';
      onRegistered(registration.directiveId, html('div', {class: 'tt-desk-done', 'data-role': 'result'},
        html('p', {}, `Đã vào sổ văn bản ${number.value.trim()} ngày ${vietnameseDate(date)} với `
          + `${registration.registerNumbers.length} nhiệm vụ. Số vào sổ (bấm để mở hồ sơ):`),
        resultList(registration),
        html('p', {}, html('a', {href: '#/?directive=new', 'data-role': 'another'}, 'Vào sổ văn bản khác'))));
    } catch (e) {
      status.textContent = '';
      showRefusal(e, path => slots[path] || tasks.slot(path), status);
    } finally {
      save.disabled = false;
    }
  });
}

/** The page #/?directive=<id>: the directive, its tasks, and (for the Office) tasks added to it. */
export async function renderDirective(node, id, mayAdd, done) {
  node.replaceChildren(html('p', {class: 'tt-status'}, 'Đang tải văn bản…'));
  let directive;
  let units = [];
  try {
    directive = await call('GET', `/directives/${encodeURIComponent(id)}`);
    if (mayAdd) {
      units = await call('GET', '/directory/units?active=true');
    }
  } catch (e) {
    node.replaceChildren(html('p', {class: 'tt-message'}, e.message));
    return;
  }
  // data-label: the column's name, shown before each cell where the table becomes cards (phone).
  const rows = directive.tasks.map(t => html('tr', {class: `tt-row-${COLOURS[t.statusClass]}`, 'data-register-number': t.registerNumber},
    html('td', {'data-label': 'Số vào sổ'},
      html('a', {href: `${tasklistRoot()}?record=${encodeURIComponent(t.registerNumber)}`}, t.registerNumber)),
    html('td', {class: 'tt-register-content', 'data-label': 'Nội dung'}, t.content,
      t.keyTask ? html('span', {class: 'tt-key'}, 'Trọng tâm') : ''),
    html('td', {'data-label': 'Đơn vị chủ trì'}, t.leadUnitName),
    html('td', {'data-label': 'Hạn xử lý'}, t.currentDeadline ? (t.deadlineText || vietnameseDate(t.currentDeadline)) : 'Không thời hạn'),
    html('td', {'data-label': 'Nhóm trạng thái'},
      html('span', {class: `tt-badge tt-badge-${COLOURS[t.statusClass]}`}, t.statusClassLabel))));
  const fileLink = directive.documentId
    ? html('a', {href: `${apiRoot()}/documents/${directive.documentId}`, download: '', 'data-role': 'document'},
      directive.documentName || 'Tệp văn bản')
    : 'Chưa có tệp';
  const section = html('section', {class: 'tt-record tt-desk', 'data-directive': directive.id},
    html('h2', {}, `Văn bản ${directive.number} ngày ${vietnameseDate(directive.issuedOn)}`),
    html('dl', {class: 'tt-facts'},
      html('dt', {}, 'Người/cơ quan giao'), html('dd', {}, directive.issuerName),
      html('dt', {}, 'Trích yếu'), html('dd', {}, directive.excerpt),
      html('dt', {}, 'Tệp văn bản'), html('dd', {}, fileLink)),
    done || '',
    html('h3', {}, `Các nhiệm vụ (${directive.tasks.length})`),
    html('div', {class: 'tt-table-wrap'}, html('table', {class: 'table tt-table', 'data-role': 'directive-tasks'},
      html('thead', {}, html('tr', {}, ['Số vào sổ', 'Nội dung', 'Đơn vị chủ trì', 'Hạn xử lý', 'Nhóm trạng thái'].map(h => html('th', {}, h)))),
      html('tbody', {}, rows))));
  node.replaceChildren(section);
  if (!mayAdd) {
    return;
  }
  const tasks = taskList(units, today);
  const save = html('button', {type: 'submit', class: 'btn btn-primary', 'data-role': 'save'}, 'Giao thêm nhiệm vụ');
  const status = html('p', {class: 'tt-status', 'aria-live': 'polite', 'data-role': 'status'});
  const form = html('form', {class: 'tt-desk-form', novalidate: true},
    html('h3', {}, 'Giao thêm nhiệm vụ theo văn bản này'),
    html('p', {class: 'tt-hint'}, 'Nhiệm vụ giao thêm được giao từ hôm nay; hạn theo số ngày làm việc tính từ hôm nay.'),
    tasks.root, html('div', {class: 'tt-desk-actions'}, save), status);
  section.append(form);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    tasks.clearErrors();
    status.className = 'tt-status';
    status.replaceChildren();
    const requests = tasks.requests();
    if (!requests) {
      showUnsent(status);
      return;
    }
    save.disabled = true;
    try {
      const registration = await call('POST', `/directives/${encodeURIComponent(id)}/tasks`, {tasks: requests});
      await renderDirective(node, id, mayAdd, html('div', {class: 'tt-desk-done', 'data-role': 'result'},
        html('p', {}, `Đã giao thêm ${registration.registerNumbers.length} nhiệm vụ. Số vào sổ (bấm để mở hồ sơ):`),
        resultList(registration)));
    } catch (e) {
      showRefusal(e, tasks.slot, status);
      save.disabled = false;
    }
  });
}
