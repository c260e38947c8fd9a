/**
 * The editor page's own script, run after Decap CMS: the translation status
 * widget, and a panel that lists the hub's messages when a save is refused
 * (or saved with warnings), all at once and until closed; Decap's own notice
 * disappears after a few seconds.
 */
/* global CMS, createClass, h */
(function () {
  'use strict';

  const today = () => new Date().toISOString().slice(0, 10);

  const TranslationStatusControl = createClass({
    render() {
      const { value, onChange, forID, classNameWrapper, locale } = this.props;
      if (!locale || locale === 'en') {
        return h(
          'p',
          { id: forID, className: `${classNameWrapper} hub-status-note` },
          'English is the original. Each translation records which English text it was made from, and readers are told when the English has changed since.',
        );
      }
      const current = typeof value === 'string' && value !== '' ? value : 'machine-assisted';
      const [status, reviewedOn = ''] = current.split(':');
      const choices = [
        ['machine-assisted', 'Machine-assisted: not yet reviewed by a person'],
        ['reviewed', 'Reviewed by a person against the English'],
      ];
      if (status === 'stale') choices.unshift(['stale', 'Out of date: made from an older English text']);
      const children = [
        h(
          'select',
          {
            key: 'status',
            id: forID,
            className: 'hub-status-select',
            value: status,
            onChange: (event) => onChange(event.target.value === 'reviewed' ? `reviewed:${reviewedOn || today()}` : event.target.value),
          },
          choices.map(([choice, label]) => h('option', { key: choice, value: choice }, label)),
        ),
      ];
      if (status === 'stale') {
        children.push(
          h(
            'p',
            { key: 'stale', className: 'hub-status-warning' },
            'The English has changed since this translation was made. Bring the text in line with the English shown beside it and save: it is then recorded as made from the current English.',
          ),
        );
      }
      if (status === 'reviewed') {
        children.push(
          h('label', { key: 'date-label', className: 'hub-status-date' }, [
            'Reviewed on ',
            h('input', { key: 'date', type: 'date', value: reviewedOn, onChange: (event) => onChange(`reviewed:${event.target.value}`) }),
          ]),
        );
      }
      return h('div', { className: `${classNameWrapper} hub-status` }, children);
    },
  });

  const TranslationStatusPreview = createClass({
    render() {
      return h('p', {}, String(this.props.value || ''));
    },
  });

  CMS.registerWidget('translation-status', TranslationStatusControl, TranslationStatusPreview);

  // The panel of the hub's messages.
  function showPanel(kind, heading, lines) {
    let panel = document.getElementById('hub-messages');
    if (panel) panel.remove();
    if (lines.length === 0) return;
    panel = document.createElement('section');
    panel.id = 'hub-messages';
    panel.className = `hub-messages hub-messages-${kind}`;
    panel.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const title = document.createElement('h2');
    title.textContent = heading;
    const list = document.createElement('ol');
    for (const line of lines) {
      const item = document.createElement('li');
      const pre = document.createElement('pre');
      pre.textContent = line;
      item.append(pre);
      list.append(item);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => panel.remove());
    panel.append(title, list, close);
    document.body.append(panel);
  }

  const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;

  function report(ok, body) {
    const problems = body.problems || [];
    const warnings = body.warnings || [];
    const notes = body.notes || [];
    if (!ok && problems.length > 0) {
      showPanel('error', `Not saved: the hub found ${plural(problems.length, 'problem')} in this entry. Nothing was written; correct these and save again.`, [
        ...problems,
        ...warnings.map((line) => `(warning) ${line}`),
        ...notes,
      ]);
    } else if (!ok) {
      showPanel('error', 'Not saved.', [body.error || 'The editor server refused the change.']);
    } else if (warnings.length > 0 || notes.length > 0) {
      showPanel('warning', warnings.length > 0 ? `Saved, with ${plural(warnings.length, 'warning')} to fix when you can:` : 'Saved.', [...warnings, ...notes]);
    } else {
      showPanel('ok', '', []);
    }
  }

  const originalFetch = window.fetch.bind(window);
  window.fetch = async function (input, init) {
    const response = await originalFetch(input, init);
    try {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (/\/api\/v1$/.test(url) && init && typeof init.body === 'string' && JSON.parse(init.body).action === 'persistEntry') {
        response
          .clone()
          .json()
          .then((body) => report(response.ok, body))
          .catch(() => {});
      }
    } catch {
      // Not a request of ours.
    }
    return response;
  };

  CMS.init();
})();
