// Stacked horizontal bars, one per unit, in the colours of docs/domain.md; plain SVG, no library.

const SVG = 'http://www.w3.org/2000/svg';

/** The segments of a bar, left to right: done first, then open; together they make "assigned". */
export const SEGMENTS = [
  {key: 'onTime', label: 'Hoàn thành đúng hạn', cls: 'green', value: r => r.completedOnTime},
  {key: 'late', label: 'Hoàn thành quá hạn', cls: 'amber', value: r => r.completedLate},
  {key: 'within', label: 'Trong hạn, chưa sắp đến hạn', cls: 'blue', value: r => r.openWithinDeadline - r.dueSoon},
  {key: 'dueSoon', label: 'Sắp đến hạn (trong hạn, còn ≤ 3 ngày làm việc)', cls: 'orange', value: r => r.dueSoon},
  {key: 'overdue', label: 'Đang thực hiện quá hạn', cls: 'red', value: r => r.openOverdue},
  {key: 'noDeadline', label: 'Không thời hạn', cls: 'grey', value: r => r.completedNoDeadline + r.openNoDeadline}
];

function element(name, attributes, text) {
  const e = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([k, v]) => e.setAttribute(k, v));
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

/** An SVG of the rows that have tasks, the longest bar the most tasks. */
export function barChart(rows, formatNumber) {
  const shown = rows.filter(r => r.assigned > 0);
  const labelWidth = 250;
  const barWidth = 620;
  const rowHeight = 26;
  const top = 8;
  const width = labelWidth + barWidth + 60;
  const height = top + shown.length * rowHeight + 8;
  const svg = element('svg', {
    viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'tt-chart',
    'aria-label': 'Biểu đồ số nhiệm vụ theo đơn vị và tình trạng'
  });
  const max = Math.max(1, ...shown.map(r => r.assigned));
  shown.forEach((row, i) => {
    const y = top + i * rowHeight;
    const label = element('text', {x: labelWidth - 10, y: y + rowHeight / 2 + 4, 'text-anchor': 'end', class: 'tt-chart-label'},
      row.name.length > 36 ? row.name.slice(0, 35) + '…' : row.name);
    label.appendChild(element('title', {}, row.name));
    svg.appendChild(label);
    let x = labelWidth;
    SEGMENTS.forEach(segment => {
      const count = segment.value(row);
      if (count <= 0) {
        return;
      }
      const w = (count / max) * barWidth;
      const rect = element('rect', {x, y: y + 4, width: Math.max(w, 1), height: rowHeight - 8, class: `tt-fill-${segment.cls}`});
      rect.appendChild(element('title', {}, `${row.name} – ${segment.label}: ${formatNumber(count)}`));
      svg.appendChild(rect);
      x += w;
    });
    svg.appendChild(element('text', {x: x + 6, y: y + rowHeight / 2 + 4, class: 'tt-chart-total'}, formatNumber(row.assigned)));
  });
  return svg;
}
