### The window.

menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-theme = Theme
menu-language = Language
menu-language-system = As the system
theme-system = Follow the system
theme-light = Light
theme-dark = Dark
menu-shortcuts = Keyboard shortcuts
menu-log-folder = Open log folder
menu-about = About seatplan
menu-new = New plan…
menu-open = Open…
menu-open-demo = Open demo (1,500 guests)
menu-open-recent = Open recent
menu-save-copy = Save a copy as…
menu-import-guests = Import guests…
menu-import-draw = Import table draw…
menu-export-seating = Export seating list…
menu-print = Print…
menu-guest-email = Guest email…
menu-export-emails = Export guest emails…
menu-close = Close plan
menu-undo = Undo last action
menu-redo = Redo
menu-delete = Delete selection…
window-failed = could not open the window: { $error }
timeline-by = { $at } by { $by } · { $events ->
    [one] 1 event
   *[other] { $events } events
}
timeline-undone = undone
timeline-search = Search history
timeline-redo-this = Redo this
timeline-undo-this = Undo this
timeline-view-as-of = View as of here
timeline-view-as-of-tip = Show the whole plan as it was right after this action (read-only)
and-more = … and { $count } more
start-tagline = Seating plans for large events. Every edit is saved the moment you make it.
start-demo-tip = A generated company party with rooms, tables, guests and a history
start-dialog-open = A file dialog is open…
start-recent = Recent plans
start-backups = Backups
start-backups-note = Taken each time a plan is opened; restoring makes a new file.
start-restore = Restore { $plan } — { $taken }
logical-filter = Filter
logical-summary = { $count ->
    [one] 1 logical table
   *[other] { $count } logical tables
} · { $unassigned } without a physical table
logical-new = New logical table
logical-create = Create
logical-over = over capacity
logical-no-table = no table
logical-table = table { $number }
logical-row-tip = Drag onto a physical table to assign it; drop guests here to seat them.
notice-no-backup = Opened, but could not take a backup: { $error }
notice-cannot-open-plan = Could not open the plan: { $error }
notice-cannot-create = Could not create { $path }: { $error }
notice-restored = Restored the backup as { $path }
notice-cannot-restore = Could not restore the backup: { $error }
notice-cannot-write-demo = Could not write the demo plan: { $error }
notice-unknown-error = unknown error
notice-panic = Something went wrong ({ $what }); details are in the log ({ $log }). Your plan is safe: every change was saved before it was shown.
title-as-of = { $name } — as of #{ $batch } (read-only) — seatplan
print-as-of = { $plan } as of #{ $batch }
banner-read-only = Changes can no longer be saved to this file. { $reason }
banner-as-of = Viewing the plan as of #{ $batch } “{ $what }” — read-only
banner-back-to-now = Back to now
status-events = { $count ->
    [one] 1 event
   *[other] { $count } events
}
status-at-table = { $at_table }/{ $total } guests at a table
status-without-table = { $count } at a logical table without a table
status-unseated = { $count } unseated
status-over-capacity = { $count ->
    [one] 1 table over capacity
   *[other] { $count } tables over capacity
}
status-diagnostics = { $count ->
    [one] 1 change no longer applies
   *[other] { $count } changes no longer apply
}
status-diagnostics-tip = Some later changes depend on undone actions; run `seatplan check` for details.
status-saved = Every change is saved automatically
tab-guests = Guests
tab-logical-tables = Logical tables
panel-inspector = Inspector
panel-timeline = Timeline
drag-seat-one = Seat { $name }
drag-seat-many = Seat { $count } guests
drag-assign = Assign “{ $name }”
notice-read-only-past = You are looking at a past state (read-only). Go back to now to edit.
notice-cannot-open = Could not open { $path }: { $error }
notice-nothing-to-undo = Nothing to undo.
notice-nothing-to-redo = Nothing to redo.
notice-undid = Undid #{ $batch }: { $what }
notice-redid = Redid #{ $batch }: { $what }
notice-over-capacity-table = table { $number } has { $guests } guests at { $seats } seats
notice-over-capacity = Over capacity: { $tables }.
notice-dismiss = Dismiss
notice-cannot-save-settings = Could not save the settings: { $error }
export-wrote-floor-plan = Wrote the floor plan to { $path }
export-failed = Could not export: { $error }
export-wrote-printout = Wrote { $what } ({ $pages ->
    [one] 1 page
   *[other] { $pages } pages
}) to { $path }
export-print-failed = Could not print: { $error }
export-no-email = { $count ->
    [one] 1 seated guest has no email
   *[other] { $count } seated guests have no email
}
export-not-seated = { $count ->
    [one] 1 guest is not seated
   *[other] { $count } guests are not seated
}
export-copy-failed = Could not save a copy: { $error }
delete-room-tables = { $count ->
    [one] Its table is deleted too.
   *[other] Its { $count } tables are deleted too.
}
delete-room-holders = { $count ->
    [one] 1 logical table loses its physical table: { $names }.
   *[other] { $count } logical tables lose their physical table: { $names }.
}
delete-room-title = Delete room “{ $name }”?
delete-table-title = Delete table { $number }?
delete-tables-title = Delete { $count } tables ({ $numbers })?
delete-tables-holders = { $count ->
    [one] { $names } loses its physical table; guests stay seated at it.
   *[other] { $names } lose their physical tables; guests stay seated at them.
}
delete-logical-guests = { $count ->
    [one] 1 guest seated there becomes unseated.
   *[other] { $count } guests seated there become unseated.
}
delete-logical-table-free = Table { $number } becomes free.
delete-logical-title = Delete logical table “{ $name }”?
delete-guest-title = Delete guest { $name }?
delete-guests-title = Delete { $count } guests?
list-and-more = { $items } and { $count } more
delete-undo-later = You can undo this later from the timeline.
button-delete = Delete
button-cancel = Cancel
preview-undo-title = Undo #{ $batch }: { $what }?
preview-redo-title = Redo #{ $batch }: { $what }?
preview-confirm-undo = Confirm undo
preview-confirm-redo = Confirm redo
preview-no-change = The plan would not change (later actions already set the same things)
preview-changes = { $count ->
    [one] 1 change to the plan
   *[other] { $count } changes to the plan
}
preview-affected = { $count ->
    [one] 1 later action affected
   *[other] { $count } later actions affected
}
preview-consequence-list =
    { $count ->
    [one] Show it
    *[other] Show all { $count }
    }
preview-consequence-first = Show the first { $count }
preview-none-affected = no later action affected
preview-overriding = { $count ->
    [one] 1 later action sets the same things and keeps its values
   *[other] { $count } later actions set the same things and keep their values
}
preview-affected-title = Later actions affected ({ $count }) — some of their changes will stop applying or apply again
preview-stops = stops applying: { $what } — { $reason }
preview-starts = { $count ->
    [one] 1 change applies again
   *[other] { $count } changes apply again
}
preview-overriding-title = Later actions that set some of the same things ({ $count }) — their values stay
key-new = New plan
key-open = Open plan
key-print = Print (floor plan, lists, cards)
key-find = Search guests
key-undo = Undo the most recent action
key-redo = Redo the most recently undone action
key-fit = Zoom to fit
key-delete-keys = Delete
key-delete = Delete the selection (asks first)
key-escape-keys = Escape
key-escape = Cancel the tool / clear the selection
key-shift-click-keys = Shift+click
key-shift-click = Add a table to the selection
key-shift-drag-keys = Shift+drag
key-shift-drag = Select tables in a box
key-pan-keys = Drag empty space / middle mouse
key-pan = Pan the floor plan
key-room-keys = Click a room, then drag it
key-room = Move the room (a room not selected pans)
key-zoom-keys = Mouse wheel / pinch
key-zoom = Zoom at the pointer
about-line-1 = Seating planner for large events.
about-line-2 = Every edit is stored the moment it is made; any past action can be undone.
inspector-not-a-number = “{ $text }” is not a number
inspector-nothing = Nothing selected
inspector-nothing-hint = Click a room or table on the floor plan, or a guest or logical table in the list.
inspector-tables-selected = { $count } tables selected
inspector-tables-seats = { $seats } seats in all. Drag one of them to move them together.
inspector-guests-selected = { $count } guests selected
inspector-guests-hint = Drag them onto a table to seat them together.
inspector-delete-guests = Delete guests…
inspector-room = Room “{ $name }”
inspector-name = Name
inspector-width = Width (m)
inspector-height = Height (m)
inspector-left = Left (m)
inspector-top = Top (m)
inspector-room-totals = { $tables ->
    [one] 1 table
   *[other] { $tables } tables
}, { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
}
inspector-delete-room = Delete room…
inspector-table = Table { $number }
inspector-in-room = in { $room }
inspector-number = Number
inspector-seats = Seats
inspector-not-seats = “{ $text }” is not a number of seats
inspector-shape = Shape
inspector-diameter = Diameter (m)
inspector-depth = Depth (m)
inspector-rotation = Rotation (°)
inspector-logical = Logical table
inspector-none = none
inspector-logical-now-at = { $name } (now table { $number })
inspector-duplicate = Duplicate
inspector-duplicate-tip = Copy the table(s) 1 m down-right, with the next free numbers
inspector-rotate = Rotate 90°
inspector-rotate-tip = Turn rectangular tables by 90° around their centre
inspector-delete-table = Delete table…
inspector-delete-tables = Delete tables…
inspector-vip-table = VIP table (placed by hand)
inspector-physical = Physical table
inspector-table-now-held = table { $number } (now “{ $name }”)
inspector-table-seats = table { $number } ({ $seats ->
    [one] 1 seat
   *[other] { $seats } seats
})
inspector-delete-logical = Delete logical table…
inspector-guests-of = Guests: { $count }/{ $seats }
inspector-guests = Guests: { $count }
inspector-remove-guest = Remove { $name } from this table
inspector-guest-link-tip = Click to select; drag onto another table, or onto the guest list to unseat
inspector-group = Group
inspector-notes = Notes
inspector-vip-guest = VIP guest
inspector-sits-at = Sits at: { $place }
inspector-show-on-plan = Show on plan
inspector-show-on-plan-tip = Centre the floor plan on this table
inspector-delete-guest = Delete guest…
inspector-seated-at = Seated at
tool-select = Select
tool-add-room = Add room
tool-add-round = Add round table
tool-add-rect = Add rectangular table
floor-table-outside = Table { $number } must stand inside a room — drop it on a room.
floor-drop-inside = Drop inside a room
floor-no-rooms = No rooms yet — choose “Add room” and click here.
floor-snap = Snap to grid
floor-fit-tip = Show every room (Ctrl+0)
floor-no-logical = Table { $number } has no logical table yet — drag a logical table onto it first.
floor-click-inside = Click inside a room to place a table.
floor-new-room-name = Room { $number }
printwin-table-cards = Table cards (folded A5)
printwin-place-cards = Place cards (8 per A4)
printwin-layout-failed = the pages could not be laid out (see the log)
printwin-title = Print
printwin-as-of = You are viewing the plan as of #{ $batch }: that is what prints.
printwin-what = What
printwin-rooms = Rooms
printwin-venue = All rooms on one page
printwin-each-room = Each room on its own page
printwin-paper = Paper (landscape)
printwin-a4 = Printed on A4.
printwin-laying-out = Laying out the pages…
printwin-updating = Updating to the latest changes…
printwin-save-pdf = Save as PDF…
printwin-save-svg = Save as SVG…
printwin-save-svg-tip = The same page as an SVG drawing
printwin-save-png = Save as PNG…
printwin-save-png-tip = The same page as a 150 dpi picture
printwin-saved = Saved { $path }
printwin-open = Open
printwin-show-in-folder = Show in folder
printwin-smaller = Smaller
printwin-zoom = Zoom { $percent } %
printwin-fit = Fit the page
printwin-larger = Larger
printwin-previous = Previous page
printwin-next = Next page
import-guests-title = Import guests
import-draw-title = Import table draw
import-heading = { $what } from { $file }
import-nothing-changed = Nothing was changed.
import-button = Import
import-sheet = Sheet
import-header-encoding = Header in row { $row } · read as { $encoding } text. Columns:
import-header = Header in row { $row }. Columns:
import-not-imported = (not imported)
email-title = Guest email
email-placeholders = Placeholders: { $list }
email-unknown = Unknown placeholders (left as typed): { $list }
email-from = From
email-subject = Subject
email-to = To
email-message = Message
email-no-preview = Preview: no seated guest with an email yet.
email-preview-for = Preview for { $name }
guests-all = All guests
guests-dietary = Dietary: { $value }
guests-summary = { $shown } of { $total } guests shown · { $seated } seated · { $unseated } unseated
guests-search-hint = name, email, department, table
guests-free = free
guests-found-table = Table { $number } in { $room }: { $holder }
guests-found-logical = “{ $name }” has no physical table yet
guests-show = Show
guests-add = Add guest…
guests-unseat = Unseat
guests-delete = Delete guests
guests-unseated = unseated
guests-no-table = { $name } · no table
guests-drag-tip = Drag onto a table to seat.
guests-new = New guest
guests-add-button = Add
files-export-seating = Export seating list
files-email-folder = Folder for the guest emails
files-save-copy = Save a copy of the plan
files-save-floor-plan = Save the floor plan as { $format }
files-save-pdf = Save { $what } as PDF
files-choose = Choose
files-save = Save
files-cannot-create-plan = Could not create the plan: { $error }
files-no-dialog = Could not show the file dialog: { $error }
files-svg = SVG drawing
files-png = PNG picture
files-pdf = PDF document
files-spreadsheets = Spreadsheets
files-excel = Excel workbook
path-file = Path of the file:
path-new-file = Path of the file to write:
path-folder = Path of the folder:
path-exists-choose-another = { $path } already exists; a plan is never written over a file — choose another name.
path-exists = { $path } already exists. Press “{ $button }” again to replace it.
path-type-one = Type a path.
path-no-home = The home folder is not known; type the whole path.
path-is-folder = { $path } is a folder, not a file.
path-no-file = There is no file { $path }.
path-no-folder = There is no folder { $path }.
path-add-file-name = { $path } is a folder; add the file name to write.
files-plan = seatplan plan
key-name-ctrl = Ctrl
key-name-alt = Alt
key-name-shift = Shift
key-name-delete = Delete
key-name-escape = Esc
file-name-new-plan = party
file-name-copy = copy
file-name-seating = seating
file-name-floor-plan = floor-plan
file-name-by-table = seating-by-table
file-name-a-z = guests-a-z
file-name-table-cards = table-cards
file-name-place-cards = place-cards
files-no-native-dialog = No file dialog could be shown (install the XDG desktop portal or zenity for one): type the path instead.
wish-kind-with = wants to sit with
wish-kind-not-with = better apart from
wish-kind-together = must sit with
wish-kind-apart = must not sit with
wish-pinned = Pinned
wish-pinned-tip = Automatic seating leaves a pinned guest where they are (seated or not).
wish-heading = Wishes
wish-none = No wishes yet.
wish-remove = Remove the wish with { $guest }
wish-row-together = must sit with { $guest }
wish-row-apart = must not sit with { $guest }
wish-row-with = wants to sit with { $guest }
wish-row-not-with = better apart from { $guest }
wish-search-hint = add: name or email
wish-no-match = No guest matches.
menu-auto-seat = Seat automatically…
guests-pin = Pin
guests-unpin = Unpin
auto-title = Seat automatically
auto-who = Which guests
auto-who-unseated = Guests without a seat
auto-who-everyone = Everyone not pinned and not at a VIP table
auto-who-selected = The selected guests ({ $count })
auto-tables = Tables that may receive guests ({ $count })
auto-tables-all = All
auto-tables-none = None
auto-min-known = Nobody alone: knows at least
auto-min-known-tip = Each guest placed sits with at least this many people they have a positive wish with (0: off). Guests with fewer such wishes are exempt.
auto-department-weight = Same department, per pair
auto-department-weight-tip = Points for each pair of guests of one department at a table (0: departments do not count).
auto-seconds = Time
auto-seed = Seed
auto-score-now = Score now: { $score }
auto-run = Run
auto-running = Searching…
auto-best = Best so far: { $score } · { $unseated } without a seat
auto-stop = Stop
auto-result-score = Score { $before } → { $after }
auto-result-counts = { $placed } placed · { $moved } moved · { $unseated } without a seat
auto-result-tables = What changes ({ $count } tables)
auto-result-unmet = Wishes not met ({ $count })
auto-stale = The plan changed since this run: run again.
auto-apply = Apply
auto-discard = Discard
floor-unmet-title = Wishes not met here
guests-pinned-tip = 📌 Pinned: automatic seating leaves this guest where they are.
wish-add = Add:
import-wishes-title = Import wishes
menu-import-wishes = Import wishes…
inspector-planned-seats = Planned seats
inspector-planned-seats-tip = Seats automatic seating plans for while this logical table has no physical table (unticked: the usual { $usual }).
custom-heading = Fields
custom-empty = —
custom-bad-number = “{ $text }” does not fit this field
import-empty-clears = Empty cells clear values
import-empty-clears-tip = Without this an empty cell keeps what a guest has. With it, an empty cell clears an existing guest’s value (never the names or the table); the preview lists each value that goes.
import-new-fields = Make the other columns new fields
import-new-fields-tip = Columns no built-in field reads become custom guest fields; their kind (yes/no, number, choice, text) is guessed from the values.
menu-fields = Guest fields…
fields-title = Guest fields
fields-none = No fields of your own yet: add one below (a shuttle, a T-shirt size, “arrives late”…).
fields-up = Move up
fields-remove = Remove
fields-remove-tip = Remove “{ $name }” with every guest's value (Undo brings them back)
fields-new-option = new option
fields-add-heading = Add a field
fields-name = Name
fields-kind = Kind
fields-options = Options
fields-add = Add
fields-new-option-of = New option of “{ $name }”
guests-field-is = { $field } = { $value }
guests-field-empty = { $field } is empty
auto-group-by = Like a department:
printwin-fields = Beside each guest
guests-columns = Columns
guests-sort-tip = Sort by this column; click again to reverse
fields-rename-option = New name of “{ $option }”
fields-rename-option-tip = Click to rename this option (guests who chose it keep it); right-click to remove it
inspector-accessible = Accessible
inspector-accessible-tip = Step-free and near the door: automatic seating puts guests who need it only here
auto-needs-access = Need an accessible table
auto-needs-access-tip = Guests with “yes” in this field (and their party) sit only at tables marked accessible
auto-needs-access-none = nobody
auto-options-changed = The options changed since this run: run again to apply them.
menu-recover = Recover a damaged plan…
files-recover-from = Recover a damaged plan: choose it
files-recover-to = Save the rescued plan as
file-name-recovered = Rescued plan
files-recover-more = … and { $count } more (seatplan recover lists them all)
files-cannot-recover = Nothing was rescued: { $error }
notice-try-recover = File → Recover a damaged plan… writes a new plan with every action it can still read.
guests-field-filled = { $field } filled in
auto-group-weight = Same “{ $field }”, per pair
custom-clear = No answer (clear the value)
fields-name-taken = There is a field “{ $name }” already.
fields-remove-option = Remove option “{ $option }”
files-merge-from = Merge changes from…
menu-merge = Merge changes from…
merge-heading = Merge changes from { $file }
merge-nothing-changed = Nothing was changed.
merge-button = Merge
button-close = Close
notice-merged = Merged { $count } actions from { $from } as #{ $batch }; undoing #{ $batch } takes them all back.
timeline-from = from { $device }
timeline-merged-by = brought in by #{ $batch }
files-team-folder = Team folder
menu-team-folder = Team folder…
notice-team-folder = Team folder: { $folder } — a copy of this plan is kept there (every minute while you work, and when you close it); colleagues’ copies are offered for merging.
notice-team-folder-off = The team folder is no longer used.
notice-team-publish-failed = Could not share the plan in the team folder: { $error }
team-offers-title = Team folder
team-offer =
    { $count ->
        [one] { $owner } has one change you do not have yet
       *[other] { $owner } has { $count } changes you do not have yet
    }
team-review = Review…
team-later = Later
menu-team-folder-stop = Stop using the team folder
notice-team-copy-refused = Team folder: { $error }
team-sharing = Shared in { $folder }
team-show-put-off =
    { $count ->
        [one] Show the copy put off
       *[other] Show the { $count } copies put off
    }
