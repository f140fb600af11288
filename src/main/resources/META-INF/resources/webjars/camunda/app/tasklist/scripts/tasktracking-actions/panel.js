// The task's record and the actions a person takes outside the step's form: attach the result's
// file (the officer), ask for an extension and follow its decision (the lead unit), withdraw the
// task (the issuer or the Office). The API says which the person may take; only those are offered,
// and each is checked again by the API, whose Vietnamese refusal is shown next to the control.
import {ApiError, apiRoot, call} from './api.js';
import {dateField, shownDate} from './dates.js';

const EXTENSION_STATUS = {
  PENDING: 'Chờ quyết định',
  APPROVED: 'Được đồng ý',
  REJECTED: 'Không được đồng ý'
};

let sequence = 0;

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined && text !== null) {
    e.textContent = text;
  }
  return e;
}

function fact(list, label, value) {
  list.append(element('dt', null, label), element('dd', null, value));
}

/** A line under a control for what went wrong (red) or right (green); empty until told. */
function messageLine(role) {
  const line = element('p', 'tt-message');
  line.setAttribute('role', role || 'status');
  line.hidden = true;
  line.say = (text, ok) => {
    line.textContent = text;
    line.className = 'tt-message ' + (ok ? 'tt-ok' : 'tt-error');
    line.hidden = false;
  };
  line.clear = () => {
    line.textContent = '';
    line.hidden = true;
  };
  return line;
}

function sizeText(bytes) {
  if (bytes >= 1024 * 1024) {
    return new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 1}).format(bytes / 1024 / 1024) + ' MB';
  }
  return new Intl.NumberFormat('vi-VN').format(Math.max(1, Math.round(bytes / 1024))) + ' KB';
}

function busy(button, on, label) {
  button.disabled = on;
  if (on) {
    button.dataset.label = button.textContent;
    button.textContent = label;
  } else if (button.dataset.label) {
    button.textContent = button.dataset.label;
  }
}

function resultSection(task, reload) {
  if (!task.mayAttachResult && !task.resultDocument) {
    return null;
  }
  const section = element('section', 'tt-section tt-result');
  section.append(element('h4', null, 'Tệp kết quả'));
  if (task.resultDocument) {
    const p = element('p', 'tt-attached');
    p.append('Đã đính kèm: ');
    const link = element('a', null, task.resultDocument.fileName);
    link.href = `${apiRoot()}/documents/${task.resultDocument.id}`;
    link.setAttribute('download', task.resultDocument.fileName);
    p.append(link, ` (${sizeText(task.resultDocument.size)})`);
    section.append(p);
  }
  if (task.mayAttachResult) {
    const id = `tt-result-file-${++sequence}`;
    const picker = element('div', 'tt-file');
    const input = element('input', 'tt-file-input');
    input.type = 'file';
    input.id = id;
    const choose = element('label', 'btn btn-default', task.resultDocument ? 'Chọn tệp khác…' : 'Chọn tệp…');
    choose.htmlFor = id;
    const chosen = element('span', 'tt-file-name', 'Chưa chọn tệp');
    input.onchange = () => {
      chosen.textContent = input.files.length ? input.files[0].name : 'Chưa chọn tệp';
    };
    picker.append(input, choose, chosen);
    const send = element('button', 'btn btn-primary', 'Đính kèm tệp kết quả');
    send.type = 'button';
    const message = messageLine();
    send.onclick = async () => {
      message.clear();
      if (!input.files.length) {
        message.say('Chưa chọn tệp kết quả.');
        return;
      }
      if (input.files[0].size > 20 * 1024 * 1024) {
        message.say('Tệp quá lớn: tối đa 20 MB.');
        return;
      }
      const form = new FormData();
      form.append('file', input.files[0]);
      busy(send, true, 'Đang tải lên…');
      try {
        const saved = await call('POST', `/tasks/${encodeURIComponent(task.registerNumber)}/result-document`, form);
        await reload(`Đã đính kèm «${saved.fileName}». Tệp được gửi cùng kết quả khi anh/chị chọn «Báo cáo kết quả thực hiện» ở thẻ «Biểu mẫu» và bấm «Hoàn thành».`);
      } catch (e) {
        busy(send, false);
        message.say(e instanceof ApiError ? e.message : 'Không đính kèm được tệp. Hãy thử lại.');
      }
    };
    section.append(picker, send, message);
  }
  return section;
}

function extensionSection(task, reload) {
  if (!task.mayRequestExtension && !task.extensions.length) {
    return null;
  }
  const section = element('section', 'tt-section tt-extension');
  section.append(element('h4', null, 'Gia hạn'));
  if (task.extensions.length) {
    const list = element('ul', 'tt-extensions');
    task.extensions.forEach(e => {
      const item = element('li', 'tt-extension-' + e.status.toLowerCase());
      const head = element('div', 'tt-extension-head');
      head.append(element('strong', null, EXTENSION_STATUS[e.status] || e.status),
        ` · đề nghị ngày ${shownDate(e.requestedAt)}: gia hạn từ ${shownDate(e.previousDeadline)} đến ${shownDate(e.proposedDeadline)}`);
      item.append(head, element('div', null, 'Lý do: ' + e.reason));
      if (e.status === 'APPROVED' && e.approvedDeadline) {
        item.append(element('div', 'tt-decision', 'Hạn mới: ' + shownDate(e.approvedDeadline)));
      }
      if (e.comment) {
        item.append(element('div', 'tt-decision', 'Ý kiến: ' + e.comment));
      }
      list.append(item);
    });
    section.append(list);
  }
  if (task.mayRequestExtension) {
    const reasonId = `tt-extension-reason-${++sequence}`;
    const reasonField = element('div', 'tt-field');
    const reasonLabel = element('label', null, 'Lý do đề nghị gia hạn');
    reasonLabel.htmlFor = reasonId;
    const reason = element('textarea', 'form-control');
    reason.id = reasonId;
    reason.rows = 3;
    const reasonMessage = messageLine('alert');
    reasonField.append(reasonLabel, reason, reasonMessage);
    const date = dateField(`tt-extension-date-${++sequence}`, 'Ngày đề nghị gia hạn đến');
    const dateMessage = messageLine('alert');
    date.root.append(dateMessage);
    const send = element('button', 'btn btn-primary', 'Gửi đề nghị gia hạn');
    send.type = 'button';
    const message = messageLine();
    send.onclick = async () => {
      [reasonMessage, dateMessage, message].forEach(m => m.clear());
      const proposed = date.value();
      let wrong = false;
      if (!reason.value.trim()) {
        reasonMessage.say('Cần nêu lý do đề nghị gia hạn.');
        wrong = true;
      }
      if (proposed === '') {
        dateMessage.say('Cần nhập ngày đề nghị gia hạn (ngày/tháng/năm).');
        wrong = true;
      } else if (proposed === null) {
        dateMessage.say('Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 25/11/2026.');
        wrong = true;
      }
      if (wrong) {
        return;
      }
      busy(send, true, 'Đang gửi…');
      try {
        await call('POST', `/tasks/${encodeURIComponent(task.registerNumber)}/extensions`,
          {reason: reason.value.trim(), proposedDeadline: proposed});
        await reload('Đã gửi đề nghị gia hạn. Người giao nhiệm vụ sẽ quyết định; kết quả hiện tại đây.');
      } catch (e) {
        busy(send, false);
        if (!(e instanceof ApiError)) {
          message.say('Không gửi được đề nghị. Hãy thử lại.');
          return;
        }
        const aboutReason = e.about('reason');
        const aboutDate = e.about('proposedDeadline');
        if (aboutReason) {
          reasonMessage.say(aboutReason);
        }
        if (aboutDate) {
          dateMessage.say(aboutDate);
        }
        if (!aboutReason && !aboutDate) {
          message.say(e.message);
        }
      }
    };
    section.append(reasonField, date.root, send, message);
  }
  return section;
}

function withdrawalSection(task, reload) {
  if (!task.mayWithdraw) {
    return null;
  }
  const section = element('section', 'tt-section tt-withdrawal');
  section.append(element('h4', null, 'Rút nhiệm vụ'));
  const id = `tt-withdraw-reason-${++sequence}`;
  const field = element('div', 'tt-field');
  const label = element('label', null, 'Lý do rút nhiệm vụ');
  label.htmlFor = id;
  const reason = element('textarea', 'form-control');
  reason.id = id;
  reason.rows = 3;
  field.append(label, reason);
  const send = element('button', 'btn btn-danger', 'Rút nhiệm vụ');
  send.type = 'button';
  const message = messageLine();
  send.onclick = async () => {
    message.clear();
    if (!reason.value.trim()) {
      message.say('Cần nêu lý do rút nhiệm vụ.');
      return;
    }
    busy(send, true, 'Đang rút…');
    try {
      await call('POST', `/tasks/${encodeURIComponent(task.registerNumber)}/withdraw`, {reason: reason.value.trim()});
      await reload(`Đã rút nhiệm vụ ${task.registerNumber}. Các bước đang mở của nhiệm vụ đã kết thúc.`);
    } catch (e) {
      busy(send, false);
      message.say(e instanceof ApiError ? e.message : 'Không rút được nhiệm vụ. Hãy thử lại.');
    }
  };
  section.append(element('p', 'tt-hint', 'Mọi bước đang mở của nhiệm vụ kết thúc; đơn vị được thông báo kèm lý do.'),
    field, send, message);
  return section;
}

/**
 * Fills {@code node} with the task's panel, read from {@code path} (an /api path answering the
 * task's actions); redraws itself after each action with what the action said.
 */
export function renderTaskPanel(node, path) {
  const root = element('div', 'tt-task-panel');
  node.replaceChildren(root);

  async function load(done) {
    let task;
    try {
      task = await call('GET', path);
    } catch (e) {
      root.replaceChildren(element('p', 'tt-message tt-error',
        e instanceof ApiError ? e.message : 'Không đọc được thông tin nhiệm vụ.'));
      return;
    }
    const parts = [];
    parts.push(element('h3', 'tt-title', 'Nhiệm vụ ' + task.registerNumber));
    const facts = element('dl', 'tt-facts');
    fact(facts, 'Nội dung', task.content);
    fact(facts, 'Đơn vị chủ trì', task.leadUnitName);
    fact(facts, 'Trạng thái', task.statusLabel);
    fact(facts, 'Hạn xử lý', task.currentDeadline ? shownDate(task.currentDeadline) : 'Không có thời hạn');
    parts.push(facts);
    if (done) {
      const said = messageLine();
      said.say(done, true);
      parts.push(said);
    }
    const sections = [resultSection(task, load), extensionSection(task, load), withdrawalSection(task, load)]
      .filter(s => s !== null);
    if (!sections.length) {
      parts.push(element('p', 'tt-hint', 'Bạn không có thao tác nào khác trên nhiệm vụ này ngoài các bước trong danh sách việc.'));
    }
    root.replaceChildren(...parts, ...sections);
  }

  root.append(element('p', 'tt-hint', 'Đang tải thông tin nhiệm vụ…'));
  return load();
}
