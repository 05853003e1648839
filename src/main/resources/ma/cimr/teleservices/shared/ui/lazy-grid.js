// The browser's half of LazyGrid: its columns, its rows a page at a time from the server, the row's
// details, its selection, and the phone's columns. $0: the columns [{path, header, autoWidth, textAlign,
// keptOnPhone}], $1: the number of rows, $2: whether rows have details, $3: the width below which a
// screen is a phone, $4: whether a row is selected by a click, $5: the key of the row selected ('' for none),
// $6: what the table says when it has no row ('' when it has some), $7: whether a click on a row is sent. A column with a buttonClass is a
// column of buttons: a click sends the row's key and the column's index.
const grid = this;
grid.querySelectorAll(':scope > vaadin-grid-column').forEach(column => column.remove());
const emptyState = text => {
    grid.querySelectorAll(':scope > [slot="empty-state"]').forEach(empty => empty.remove());
    if (text !== '') {
        const empty = document.createElement('span');
        empty.slot = 'empty-state';
        empty.textContent = text;
        grid.appendChild(empty);
    }
};
emptyState($6);
let rowCount = $1;
// the rows changed on the server (a filter, a new one): read again, from the first
grid.__lazyRefresh = (size, emptyText) => {
    rowCount = size;
    emptyState(emptyText);
    grid.selectedItems = [];
    grid.detailsOpenedItems = [];
    grid.size = size;
    grid.clearCache();
};
$0.forEach((definition, index) => {
    const column = document.createElement('vaadin-grid-column');
    if (definition.buttonClass) {
        column.renderer = (root, owner, model) => {
            let button = root.firstElementChild;
            if (!button) {
                button = document.createElement('vaadin-button');
                button.setAttribute('theme', 'tertiary');
                button.className = definition.buttonClass;
                button.addEventListener('click', () => grid.$server.clicked(Number(button.rowKey), index));
                root.appendChild(button);
            }
            button.rowKey = model.item.key;
            button.textContent = model.item[definition.path];
        };
    } else if (definition.badge) {
        column.renderer = (root, owner, model) => {
            let badge = root.firstElementChild;
            if (!badge) {
                badge = document.createElement('span');
                root.appendChild(badge);
            }
            const label = model.item[definition.path];
            badge.setAttribute('theme', 'badge ' + model.item[definition.path + 'tone']);
            badge.hidden = !label;
            badge.textContent = label;
        };
    } else if (definition.ownDirection) {
        column.renderer = (root, owner, model) => {
            let text = root.firstElementChild;
            if (!text) {
                text = document.createElement('span');
                text.dir = 'auto';
                root.appendChild(text);
            }
            text.textContent = model.item[definition.path];
        };
    } else {
        column.path = definition.path;
    }
    if (definition.width) {
        column.width = definition.width;
    }
    column.flexGrow = definition.flexGrow;
    column.frozenToEnd = definition.frozenToEnd;
    column.header = definition.header;
    column.autoWidth = definition.autoWidth;
    column.textAlign = definition.textAlign;
    column.keptOnPhone = definition.keptOnPhone;
    column.tooltip = definition.tooltip;
    grid.appendChild(column);
});
grid.itemIdPath = 'key';
grid.size = rowCount;
grid.dataProvider = (params, callback) => {
    grid.$server.rows(params.page * params.pageSize, params.pageSize).then(items => {
        callback(items, rowCount);
        // the server keeps its last answer until the next round trip: make that one small
        grid.$server.received();
        if (params.page === 0 && $0.some(definition => definition.autoWidth)) {
            // columns sized to their content once the first rows and the headers are drawn in their
            // font (measured earlier, a header such as "Référence" could be cut by a pixel)
            requestAnimationFrame(() => document.fonts.ready.then(() => grid.recalculateColumnWidths()));
        }
    });
};
if ($0.some(definition => definition.tooltip)) {
    const tooltip = document.createElement('vaadin-tooltip');
    tooltip.slot = 'tooltip';
    tooltip.generator = ({column, item}) => column && item && column.tooltip ? item[column.path] || '' : '';
    grid.querySelectorAll(':scope > vaadin-tooltip').forEach(old => old.remove());
    grid.appendChild(tooltip);
}
if ($7) {
    // as Grid's item click listener
    grid.addEventListener('cell-activate', event => {
        const item = event.detail.model.item;
        if (item) {
            grid.$server.clicked(Number(item.key), -1);
        }
    });
}
if ($2) {
    grid.rowDetailsRenderer = (root, owner, model) => {
        let sentence = root.firstElementChild;
        if (!sentence) {
            sentence = document.createElement('p');
            root.appendChild(sentence);
        }
        sentence.textContent = model.item.details;
    };
    // as Grid's details shown on click: each row opens and closes on its own
    grid.addEventListener('cell-activate', event => {
        const item = event.detail.model.item;
        if (!item) {
            return;
        }
        const opened = grid.detailsOpenedItems || [];
        grid.detailsOpenedItems = opened.some(open => open.key === item.key)
            ? opened.filter(open => open.key !== item.key)
            : [...opened, item];
    });
}
if ($4) {
    // as Grid's single selection: a click selects the row, a click on the selected row unselects it
    grid.selectedItems = $5 === '' ? [] : [{key: $5}];
    grid.addEventListener('cell-activate', event => {
        const item = event.detail.model.item;
        if (!item) {
            return;
        }
        const wasSelected = (grid.selectedItems || []).some(selected => selected.key === item.key);
        grid.selectedItems = wasSelected ? [] : [item];
        grid.$server.selected(Number(item.key), !wasSelected);
    });
}
// as PhoneColumns: below the phone's width, the columns kept share it, wrapping; the others hide
const fit = () => {
    if (!grid.isConnected && grid.__fitted !== undefined) {
        window.removeEventListener('resize', fit);
        return;
    }
    const phone = window.innerWidth > 0 && window.innerWidth < $3;
    if (phone === grid.__fitted) {
        return;
    }
    grid.__fitted = phone;
    for (const column of grid.querySelectorAll(':scope > vaadin-grid-column')) {
        if (!column.keptOnPhone) {
            column.hidden = phone;
        } else if (phone) {
            column.wide = {autoWidth: column.autoWidth, width: column.width, flexGrow: column.flexGrow};
            column.autoWidth = false;
            column.width = '0';
            column.flexGrow = 1;
        } else if (column.wide) {
            column.width = column.wide.width;
            column.flexGrow = column.wide.flexGrow;
            column.autoWidth = column.wide.autoWidth;
        }
    }
    if (grid.recalculateColumnWidths) {
        grid.recalculateColumnWidths();
    }
};
// only a grid that says which columns a phone keeps changes on a phone
if ($0.some(definition => definition.keptOnPhone)) {
    fit();
    window.addEventListener('resize', fit);
}
