// Camunda Forms (form-js) in Vietnamese: dates day/month/year, a Vietnamese date picker, and
// form-js's own messages and placeholders in Vietnamese.
//
// Tasklist 7.24 renders Camunda Forms with form-js 1.8.7, created inside Tasklist with no module of
// ours and no translation service (form-js has none in 1.x). Three things of it are English or
// American whatever the webapp's language:
//
// 1. The date format. form-js asks the browser, `new Intl.DateTimeFormat('default')`, and gives
//    flatpickr that format to read and show typed dates. In an English (US) browser that is
//    month/day/year: 25/11/2026 was read as month 25, i.e. 11/01/2028, and saved so. Here the
//    'default' locale that form-js asks for is answered as Vietnamese with two-digit day and month
//    (dd/MM/yyyy), so flatpickr reads and shows d/m/Y. Other callers of Intl are untouched.
// 2. The picker (flatpickr, which registers itself as window.flatpickr): its default locale gets
//    Vietnamese month and day names with weeks from Monday, and a strict reader of typed dates:
//    only a real day/month/year (or an ISO date) is taken, never an overflow such as 31/02 or
//    month 25; anything else is refused (the field stays empty and form-js says it is required).
// 3. form-js's messages ("Field is required.", ...) and placeholders ("Search", "Select"): form-js
//    1.8 renders them as plain text, so they are translated in the page as they appear
//    (MutationObserver on the form's container), by the table MESSAGES below.
//
// Loaded through requireJsConfig by tasklist/scripts/config.js; does nothing when the page is in
// English (language.js sets <html lang>).
define([], function () {
  'use strict';

  if (document.documentElement.lang !== 'vi') {
    return {};
  }

  // ---- 1. Day first ---------------------------------------------------------------------------

  var NativeDateTimeFormat = Intl.DateTimeFormat;
  var DAY_FIRST = ['vi-VN', {day: '2-digit', month: '2-digit', year: 'numeric'}];

  function DateTimeFormat(locales, options) {
    // form-js's only call: new Intl.DateTimeFormat('default') (localisationUtil.getLocaleDateFormat).
    if (locales === 'default' && options === undefined) {
      return new NativeDateTimeFormat(DAY_FIRST[0], DAY_FIRST[1]);
    }
    return new NativeDateTimeFormat(locales, options);
  }
  DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
  DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
  Intl.DateTimeFormat = DateTimeFormat;

  // ---- 2. The picker --------------------------------------------------------------------------

  var VIETNAMESE = {
    weekdays: {
      shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
      longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
    },
    months: {
      shorthand: ['Thg 1', 'Thg 2', 'Thg 3', 'Thg 4', 'Thg 5', 'Thg 6',
        'Thg 7', 'Thg 8', 'Thg 9', 'Thg 10', 'Thg 11', 'Thg 12'],
      longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
        'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12']
    },
    daysInMonth: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
    firstDayOfWeek: 1,
    ordinal: function () {
      return '';
    },
    rangeSeparator: ' đến ',
    weekAbbreviation: 'Tuần',
    scrollTitle: 'Cuộn để thay đổi',
    toggleTitle: 'Nhấn để chuyển',
    amPM: ['SA', 'CH'],
    yearAriaLabel: 'Năm',
    monthAriaLabel: 'Tháng',
    hourAriaLabel: 'Giờ',
    minuteAriaLabel: 'Phút',
    time_24hr: true
  };

  /** A date typed as day/month/year (separators / . -) or as an ISO date; undefined if not a real date. */
  function parseTypedDate(text) {
    var value = String(text).trim();
    var day, month, year;
    var match = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})$/.exec(value);
    if (match) {
      day = +match[1];
      month = +match[2];
      year = +match[3];
    } else {
      match = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
      if (!match) {
        return undefined;
      }
      year = +match[1];
      month = +match[2];
      day = +match[3];
    }
    var date = new Date(year, month - 1, day);
    if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
      return undefined; // 31/02, month 25...: refused rather than moved to another date
    }
    return date;
  }

  function localize(flatpickr) {
    if (!flatpickr || flatpickr.tasktrackingLocalized) {
      return;
    }
    flatpickr.tasktrackingLocalized = true;
    if (typeof flatpickr.localize === 'function') {
      flatpickr.localize(VIETNAMESE);
    }
    if (flatpickr.defaultConfig) {
      // form-js passes its own dateFormat but no parseDate: this one reads what is typed.
      flatpickr.defaultConfig.parseDate = parseTypedDate;
    }
  }

  // flatpickr sets window.flatpickr when form-js first loads it, possibly after this script.
  if (window.flatpickr) {
    localize(window.flatpickr);
  } else {
    var registered;
    Object.defineProperty(window, 'flatpickr', {
      configurable: true,
      enumerable: true,
      get: function () {
        return registered;
      },
      set: function (value) {
        registered = value;
        localize(value);
      }
    });
  }

  // ---- 3. Messages and placeholders -----------------------------------------------------------

  // form-js 1.8.7's texts (core/Validator.js, render/components/form-fields/**); a function when the
  // text carries a value.
  var MESSAGES = [
    [/^Field is required\.$/, 'Trường này bắt buộc nhập.'],
    [/^Field must match pattern (.*)\.$/, 'Giá trị chưa đúng định dạng yêu cầu.'],
    [/^Field must have minimum value of (.*)\.$/, 'Giá trị nhỏ nhất là $1.'],
    [/^Field must have maximum value of (.*)\.$/, 'Giá trị lớn nhất là $1.'],
    [/^Field must have minimum length of (.*)\.$/, 'Cần nhập ít nhất $1 ký tự.'],
    [/^Field must have maximum length of (.*)\.$/, 'Chỉ được nhập tối đa $1 ký tự.'],
    [/^Field must be a valid\s+international phone number\..*$/, 'Số điện thoại chưa đúng (ví dụ +84912345678).'],
    [/^Field must be a valid email\.$/, 'Địa chỉ thư điện tử chưa đúng.'],
    [/^Value is not a number\.$/, 'Giá trị phải là một số.'],
    [/^Value is expected to be an integer\.$/, 'Giá trị phải là số nguyên.'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'Chỉ được có tối đa $1 chữ số thập phân.'],
    [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
      'Giá trị không hợp lệ; hai giá trị gần nhất hợp lệ là $1 và $2.'],
    [/^Date and time must both be entered\.$/, 'Cần nhập cả ngày và giờ.'],
    [/^Select$/, 'Chọn'],
    [/^No results$/, 'Không có kết quả'],
    [/^All values selected$/, 'Đã chọn tất cả'],
    [/^Nothing to show\.$/, 'Không có dữ liệu.'],
    [/^No options source defined in the form definition$/, 'Biểu mẫu chưa có danh sách lựa chọn.']
  ];
  var PLACEHOLDERS = {
    'Search': 'Tìm kiếm',
    'dd/mm/yyyy': 'ngày/tháng/năm',
    'mm/dd/yyyy': 'ngày/tháng/năm',
    'hh:mm': 'giờ:phút',
    'hh:mm ?m': 'giờ:phút'
  };

  function translate(text) {
    var trimmed = text.trim();
    for (var i = 0; i < MESSAGES.length; i++) {
      if (MESSAGES[i][0].test(trimmed)) {
        return text.replace(trimmed, trimmed.replace(MESSAGES[i][0], MESSAGES[i][1]));
      }
    }
    return null;
  }

  function translateNode(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      var translated = node.data.trim() && translate(node.data);
      if (translated && translated !== node.data) {
        node.data = translated;
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    if (node.hasAttribute && node.hasAttribute('placeholder')) {
      translatePlaceholder(node);
    }
    var inputs = node.querySelectorAll ? node.querySelectorAll('[placeholder]') : [];
    for (var i = 0; i < inputs.length; i++) {
      translatePlaceholder(inputs[i]);
    }
    var walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    var texts = [];
    while (walker.nextNode()) {
      texts.push(walker.currentNode);
    }
    texts.forEach(translateNode);
  }

  function translatePlaceholder(element) {
    var vietnamese = PLACEHOLDERS[element.getAttribute('placeholder')];
    if (vietnamese) {
      element.setAttribute('placeholder', vietnamese);
    }
  }

  function insideForm(node) {
    var element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
    return !!(element && element.closest && (element.closest('.fjs-container') || element.closest('.flatpickr-calendar')));
  }

  var observer = new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      if (!insideForm(mutation.target)) {
        return;
      }
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(translateNode);
      } else if (mutation.type === 'characterData') {
        translateNode(mutation.target);
      } else if (mutation.type === 'attributes') {
        translatePlaceholder(mutation.target);
      }
    });
  });

  function watch() {
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['placeholder']
    });
    document.querySelectorAll('.fjs-container').forEach(translateNode);
  }

  if (document.body) {
    watch();
  } else {
    document.addEventListener('DOMContentLoaded', watch);
  }

  return {parseTypedDate: parseTypedDate, translate: translate};
});
