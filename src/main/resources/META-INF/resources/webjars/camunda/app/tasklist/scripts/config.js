// Settings of Camunda Tasklist for the task tracking system (replaces the webjar's config.js).
import {inLanguage, locales, vendor} from '../../tasktracking/language.js';

export default {
  app: {
    name: inLanguage({vi: 'Xử lý nhiệm vụ', en: 'Tasklist'}),
    vendor
  },

  // Vietnamese unless the user chose English with ?lang=en (see ../../tasktracking/language.js).
  locales,

  // The actions outside a step's form: result file, extension, withdrawal (scripts/tasktracking-actions/).
  // The task's record (a tab of every step, and a page at #/?record=NV-…) and the inbox's bell
  // (scripts/tasktracking-record/plugin.js); the Office's desk, registering directives with their tasks
  // (scripts/tasktracking-office/), ES module plugins.
  customScripts: ['scripts/tasktracking-record/plugin', 'scripts/tasktracking-actions/actions', 'scripts/tasktracking-office/plugin'],

  // Day first, as written in Vietnam; Tasklist reads 'normal' and 'long' (tooltips).
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // Vietnamese month and day names in the date pickers (../../tasktracking/datepicker.js); Camunda
  // Forms with day/month/year dates, a Vietnamese picker and messages (../../tasktracking/forms.js);
  // the task list and the opened task (../../tasktracking/tasklist.js); start forms with options
  // from the directory and the new task's register number said (../../tasktracking/startform.js).
  requireJsConfig: {
    deps: ['tasktracking-datepicker', 'tasktracking-forms', 'tasktracking-tasklist', 'tasktracking-startform'],
    ngDeps: ['tasktracking.datepicker', 'tasktracking.startform'],
    paths: {
      'tasktracking-datepicker': '../tasktracking/datepicker',
      'tasktracking-forms': '../tasktracking/forms',
      'tasktracking-tasklist': '../tasktracking/tasklist',
      'tasktracking-startform': '../tasktracking/startform'
    }
  },

  // Tasklist's own keyboard shortcuts, listed in its "Danh sách phím tắt" dialog.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Tiếp nhận nhiệm vụ đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Chuyển đến nhiệm vụ đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Chuyển đến ô nhập liệu đầu tiên của biểu mẫu nhiệm vụ'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Mở hộp thoại khởi tạo quy trình'
    }
  }
};
