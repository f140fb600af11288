// Tasklist's list and opened task, for the people who work here (loaded through requireJsConfig by
// tasklist/scripts/config.js):
// - each list entry is coloured by its deadline as docs/domain.md says: red when overdue, orange when due
//   within five calendar days (what the "Sắp đến hạn" filter lists), classes tt-overdue / tt-due-soon
//   (styles in tasklist/styles/user-styles.css);
// - on a narrow screen (a phone) the list and the opened task are stacked: the opened task is
//   brought into view when a task is chosen, instead of opening 1,000 px further down unseen.
define(['angular'], function (angular) {
  'use strict';

  var DAY = 24 * 60 * 60 * 1000;
  var DUE_SOON_DAYS = 5;
  var NARROW = 768; // Bootstrap's small screens: the columns are stacked below this width

  function colourEntries() {
    var now = Date.now();
    document.querySelectorAll('.tasks-list li.task').forEach(function (entry) {
      var scope = angular.element(entry).scope();
      var due = scope && scope.task && scope.task.due ? Date.parse(scope.task.due) : NaN;
      var overdue = !isNaN(due) && due < now;
      var dueSoon = !isNaN(due) && !overdue && due - now <= DUE_SOON_DAYS * DAY;
      entry.classList.toggle('tt-overdue', overdue);
      entry.classList.toggle('tt-due-soon', dueSoon);
    });
  }

  var openedTask = null;

  function openedTaskId() {
    var hash = window.location.hash;
    var query = hash.indexOf('?') >= 0 ? hash.substring(hash.indexOf('?')) : '';
    return new URLSearchParams(query).get('task');
  }

  /** On a phone, once the chosen task's form (or its details) is there, scrolls to the task. */
  function bringTaskIntoView() {
    var id = openedTaskId();
    if (!id || id === openedTask || window.innerWidth >= NARROW) {
      openedTask = id;
      return;
    }
    var pane = document.querySelector('.task-details');
    if (pane && pane.querySelector('.task-card .names')) {
      openedTask = id;
      // Tasklist keeps the focus on the chosen entry of the list while the task and its form
      // load, which scrolls the list back into view: scroll again once they have settled.
      [0, 400, 1200, 2500].forEach(function (delay) {
        window.setTimeout(function () {
          if (openedTaskId() === id) {
            pane.scrollIntoView({block: 'start', behavior: 'auto'});
          }
        }, delay);
      });
    }
  }

  var pending = false;
  var observer = new MutationObserver(function () {
    if (pending) {
      return;
    }
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      colourEntries();
      bringTaskIntoView();
    });
  });

  function watch() {
    observer.observe(document.body, {childList: true, subtree: true});
    window.addEventListener('hashchange', bringTaskIntoView);
    // The colours follow the clock even when the list does not change.
    window.setInterval(colourEntries, 60 * 1000);
  }

  if (document.body) {
    watch();
  } else {
    document.addEventListener('DOMContentLoaded', watch);
  }

  return {};
});
