// The task's record ("Hồ sơ nhiệm vụ"): the directive, who carries the task, its deadlines and
// extensions, its class today in the colour people expect, one timeline newest first and the
// documents. Shown as a tab of every Tasklist step and as a page of its own (#/?record=NV-…).
import {apiGet, apiRoot, html, stylesheet, tasklistRoot, vietnameseDate, vietnameseDateTime} from './common.js';

const EXTENSION_STATUS = {PENDING: 'Chờ quyết định', APPROVED: 'Đồng ý', REJECTED: 'Không đồng ý'};

function documentLink(document) {
  return html('a', {href: `${apiRoot()}/documents/${document.id}`, download: document.fileName, class: 'tt-document'},
    `${document.label}: ${document.fileName}`);
}

function fact(label, ...value) {
  return [html('dt', {}, label), html('dd', {}, ...value)];
}

function deadlineText(date) {
  return date ? vietnameseDate(date) : 'Không thời hạn';
}

function extensionsList(extensions) {
  if (!extensions.length) {
    return 'Chưa có đề nghị gia hạn';
  }
  return html('ul', {class: 'tt-extensions'}, extensions.map(e => html('li', {},
    `Đề nghị ngày ${vietnameseDateTime(e.requestedAt).substring(0, 10)}: từ ${vietnameseDate(e.previousDeadline)} đến `
      + `${vietnameseDate(e.proposedDeadline)} — ${EXTENSION_STATUS[e.status] || e.status}`
      + (e.status === 'APPROVED' ? `, hạn mới ${vietnameseDate(e.approvedDeadline)}` : ''))));
}

/** The record, drawn into node (replacing what was there). */
export function renderRecord(node, record, {inTasklistStep = false} = {}) {
  stylesheet('record');
  const d = record.directive;
  const facts = html('dl', {class: 'tt-facts'},
    fact('Văn bản giao', `${d.number} ngày ${vietnameseDate(d.issuedOn)} của ${d.issuerName}`,
      d.id ? html('a', {href: `${tasklistRoot()}?directive=${d.id}`, class: 'tt-directive-link', 'data-role': 'directive'},
        'Mọi nhiệm vụ của văn bản') : ''),
    fact('Trích yếu', d.excerpt),
    fact('Đơn vị chủ trì', record.leadUnit.name),
    fact('Đơn vị phối hợp', record.coordinatingUnits.length ? record.coordinatingUnits.map(u => u.name).join('; ') : 'Không có'),
    fact('Cán bộ thực hiện', record.officer ? record.officer.name : 'Chưa phân công'),
    fact('Ngày giao', vietnameseDate(record.assignedOn)),
    fact('Hạn ban đầu', deadlineText(record.originalDeadline)),
    fact('Hạn hiện tại', html('strong', {'data-role': 'current-deadline'}, deadlineText(record.currentDeadline))),
    fact('Gia hạn', extensionsList(record.extensions)),
    fact('Trạng thái xử lý', record.statusLabel),
    fact('Tiến độ', `${record.progressPercent}%`),
    record.completedOn ? fact('Ngày hoàn thành', vietnameseDate(record.completedOn)) : [],
    record.withdrawnOn ? fact('Ngày rút', vietnameseDate(record.withdrawnOn)) : []);

  const step = record.myStep && !inTasklistStep
    ? html('p', {class: 'tt-my-step'}, 'Bước anh/chị cần xử lý: ',
        html('a', {href: `${tasklistRoot()}?task=${record.myStep.id}`, 'data-role': 'my-step'}, record.myStep.name))
    : '';

  const timeline = record.timeline.length
    ? html('ol', {class: 'tt-timeline', 'data-role': 'timeline'}, record.timeline.map(e =>
        html('li', {'data-kind': e.kind},
          html('div', {class: 'tt-when'}, html('time', {datetime: e.at}, vietnameseDateTime(e.at))),
          html('div', {class: 'tt-what'},
            html('span', {class: `tt-kind tt-kind-${e.kind}`}, e.kindLabel),
            html('span', {class: 'tt-who'}, e.who ? e.who.name : 'Hệ thống'),
            html('p', {class: 'tt-text'}, e.text),
            e.document ? documentLink(e.document) : ''))))
    : html('p', {class: 'tt-empty'}, 'Chưa có gì được ghi nhận.');

  const documents = record.documents.length
    ? html('ul', {class: 'tt-documents', 'data-role': 'documents'}, record.documents.map(doc => html('li', {}, documentLink(doc))))
    : html('p', {class: 'tt-empty'}, 'Nhiệm vụ chưa có tệp đính kèm.');

  node.replaceChildren(html('section', {class: 'tt-record', 'data-register-number': record.registerNumber},
    html('header', {class: 'tt-record-head'},
      html('h2', {}, `Hồ sơ nhiệm vụ ${record.registerNumber}`, record.keyTask ? html('span', {class: 'tt-key'}, 'Trọng tâm') : ''),
      html('span', {class: `tt-badge tt-badge-${record.colour}`, 'data-role': 'status-class'},
        record.colour === 'orange' ? `${record.statusClassLabel} (sắp đến hạn)` : record.statusClassLabel)),
    html('p', {class: 'tt-content'}, record.content),
    step,
    facts,
    html('h3', {}, 'Quá trình xử lý'),
    timeline,
    html('h3', {}, 'Tài liệu'),
    documents));
}

/** A message in place of the record (not found, not allowed, no connection). */
export function renderMessage(node, message) {
  stylesheet('record');
  node.replaceChildren(html('section', {class: 'tt-record'}, html('p', {class: 'tt-message', 'data-role': 'message'}, message)));
}

/** Loads and draws a task's record by its register number. */
export async function showRecord(node, registerNumber) {
  renderMessage(node, 'Đang tải hồ sơ nhiệm vụ…');
  try {
    renderRecord(node, await apiGet(`/tasks/${encodeURIComponent(registerNumber)}/record`));
  } catch (e) {
    renderMessage(node, e.message);
  }
}

/** Loads and draws the record of the task a Tasklist step belongs to. */
export async function showRecordOfStep(node, camundaTaskId) {
  renderMessage(node, 'Đang tải hồ sơ nhiệm vụ…');
  try {
    renderRecord(node, await apiGet(`/steps/${encodeURIComponent(camundaTaskId)}/record`), {inTasklistStep: true});
  } catch (e) {
    renderMessage(node, e.message);
  }
}
