### The timeline: what each event and each action did.

name-table = table { $number }
shape-round = round
shape-rectangular = rectangular

field-first-name = first name
field-last-name = last name
field-email = email
field-department = department
field-dietary = dietary
field-vip = VIP
field-notes = notes
field-group = group

ev-room-created = Room “{ $name }” created, { $width } × { $height } m
ev-room-renamed = Room { $room } renamed to “{ $name }”
ev-room-resized = Room { $room } resized to { $width } × { $height } m
ev-room-moved = Room { $room } moved to ({ $x } m, { $y } m)
ev-room-deleted = Room { $room } deleted
ev-table-added = Table { $number } placed in { $room }: { $seats } seats, { $shape }
ev-table-moved = { $table } moved to { $room } ({ $x } m, { $y } m)
ev-table-rotated = { $table } rotated to { $degrees }°
ev-table-renumbered = { $table } renumbered to { $number }
ev-table-seats = { $table } now has { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}
ev-table-shape = { $table } is now { $shape } ({ $width } × { $depth } m)
ev-table-deleted = { $table } deleted
ev-logical-created = Logical table “{ $name }” created
ev-logical-created-vip = VIP logical table “{ $name }” created
ev-logical-renamed = Logical table { $logical } renamed to “{ $name }”
ev-logical-vip = Logical table { $logical } made VIP
ev-logical-not-vip = Logical table { $logical } no longer VIP
ev-logical-assigned = { $table } given to { $logical }
ev-logical-released = { $table } released from { $logical }
ev-logical-deleted = Logical table { $logical } deleted
ev-guest-added = Guest { $name } added
ev-guest-updated = Guest { $guest }: { $fields } changed
ev-guest-seated = Guest { $guest } seated at { $logical }
ev-guest-unseated = Guest { $guest } left { $logical }
ev-guest-deleted = Guest { $guest } deleted
ev-email-template = Guest email set: “{ $subject }”
ev-batch-reverted = Action #{ $batch } undone
ev-batch-reinstated = Action #{ $batch } redone

batch-empty = No changes
batch-changes = { $count } changes: { $parts }
# An undo or redo in the timeline: "Undo #12: Table 17 moved …".
batch-undo = Undo #{ $batch }: { $what }
batch-redo = Redo #{ $batch }: { $what }
batch-imported-guests = Imported guests from { $file } — { $what }
batch-imported-draw = Imported table draw from { $file } — { $what }

kind-room-created = { $count ->
    [one] 1 room created
   *[other] { $count } rooms created
}
kind-room-renamed = { $count ->
    [one] 1 room renamed
   *[other] { $count } rooms renamed
}
kind-room-resized = { $count ->
    [one] 1 room resized
   *[other] { $count } rooms resized
}
kind-room-moved = { $count ->
    [one] 1 room moved
   *[other] { $count } rooms moved
}
kind-room-deleted = { $count ->
    [one] 1 room deleted
   *[other] { $count } rooms deleted
}
kind-table-added = { $count ->
    [one] 1 table placed
   *[other] { $count } tables placed
}
kind-table-moved = { $count ->
    [one] 1 table moved
   *[other] { $count } tables moved
}
kind-table-rotated = { $count ->
    [one] 1 table rotated
   *[other] { $count } tables rotated
}
kind-table-renumbered = { $count ->
    [one] 1 table renumbered
   *[other] { $count } tables renumbered
}
kind-table-seats = { $count ->
    [one] seats of 1 table changed
   *[other] seats of { $count } tables changed
}
kind-table-shape = { $count ->
    [one] 1 table reshaped
   *[other] { $count } tables reshaped
}
kind-table-deleted = { $count ->
    [one] 1 table deleted
   *[other] { $count } tables deleted
}
kind-logical-created = { $count ->
    [one] 1 logical table created
   *[other] { $count } logical tables created
}
kind-logical-renamed = { $count ->
    [one] 1 logical table renamed
   *[other] { $count } logical tables renamed
}
kind-logical-vip = { $count ->
    [one] VIP changed for 1 logical table
   *[other] VIP changed for { $count } logical tables
}
kind-logical-assigned = { $count ->
    [one] 1 table given to a logical table
   *[other] { $count } tables given to logical tables
}
kind-logical-released = { $count ->
    [one] 1 table released
   *[other] { $count } tables released
}
kind-logical-deleted = { $count ->
    [one] 1 logical table deleted
   *[other] { $count } logical tables deleted
}
kind-guest-added = { $count ->
    [one] 1 guest added
   *[other] { $count } guests added
}
kind-guest-updated = { $count ->
    [one] 1 guest changed
   *[other] { $count } guests changed
}
kind-guest-seated = { $count ->
    [one] 1 guest seated
   *[other] { $count } guests seated
}
kind-guest-unseated = { $count ->
    [one] 1 guest unseated
   *[other] { $count } guests unseated
}
kind-guest-deleted = { $count ->
    [one] 1 guest deleted
   *[other] { $count } guests deleted
}
kind-other = { $count ->
    [one] 1 other change
   *[other] { $count } other changes
}

place-not-seated = not seated
place-no-table-yet = { $logical } · no table yet
place-at-table = { $logical } · table { $number }
place-in-room = { $place } in { $room }
diff-group-rooms = Rooms
diff-group-tables = Tables
diff-group-logical-tables = Logical tables
diff-group-guests = Guests
diff-room = Room “{ $name }”
diff-table = Table { $number }
diff-logical = Logical table “{ $name }”
diff-guest = Guest { $name }
diff-table-ref = table { $number }
diff-logical-ref = “{ $name }”
diff-no-table = no table
diff-no-seat = no seat
diff-disappears = disappears
diff-appears = appears
diff-appears-in = appears in { $room }
diff-renamed = renamed to “{ $name }”
diff-renumbered = renumbered to { $number }
diff-room-size = size { $width } × { $height } m → { $new_width } × { $new_height } m
diff-room-moves = moves from ({ $x }, { $y }) to ({ $new_x }, { $new_y })
diff-table-moves = moves from { $room } ({ $x }, { $y }) to { $new_room } ({ $new_x }, { $new_y })
diff-rotation = rotation { $from }° → { $to }°
diff-seats = seats { $from } → { $to }
diff-shape = shape { $shape } { $width }×{ $depth } m → { $new_shape } { $new_width }×{ $new_depth } m
diff-becomes-vip = becomes VIP
diff-no-longer-vip = is no longer VIP
diff-from-to = { $from } → { $to }
diff-fields-changed = { $fields } changed
diff-seat = seat { $from } → { $to }
diagnostic-skipped = event #{ $seq } ({ $kind }) of batch { $batch } skipped: { $reason }
ev-wish-set = Wish: { $guest } and { $with } ({ $weight })
ev-wish-together = { $guest } and { $with } must sit together
ev-wish-apart = { $guest } and { $with } must not sit together
ev-wish-removed = Wish between { $guest } and { $with } removed
ev-guest-pinned = Guest { $guest } pinned
ev-guest-unpinned = Guest { $guest } no longer pinned
ev-planned-seats = { $logical } planned for { $seats } seats
ev-planned-seats-usual = { $logical } planned at the usual table size
kind-wish-set =
    { $count ->
    [one] 1 wish set
    *[other] { $count } wishes set
    }
kind-wish-removed =
    { $count ->
    [one] 1 wish removed
    *[other] { $count } wishes removed
    }
kind-guest-pinned =
    { $count ->
    [one] 1 pin changed
    *[other] { $count } pins changed
    }
kind-planned-seats =
    { $count ->
    [one] 1 planned size set
    *[other] { $count } planned sizes set
    }
diff-usual-size = usual size
diff-planned-seats = planned seats { $from } → { $to }
diff-pinned = pinned
diff-unpinned = no longer pinned
diff-no-wish = no wish
diff-wish-together = must sit together
diff-wish-apart = must not sit together
diff-wish = wish with { $with }: { $from } → { $to }
batch-imported-wishes = Imported wishes from { $file } — { $what }
batch-auto-seated = Seated automatically: { $what }
field-kind-text = text
field-kind-yes-no = yes/no
field-kind-choice = choice
field-kind-number = number
value-no = no
ev-field-defined = Field “{ $name }” added ({ $kind })
ev-field-renamed = Field { $field } renamed to “{ $name }”
ev-field-option-added = Option “{ $option }” added to field { $field }
ev-field-option-renamed = Option “{ $from }” of field { $field } renamed to “{ $to }”
ev-field-moved = Field { $field } moved to place { $position }
ev-field-removed = Field { $field } removed
ev-guest-field-set = { $field } of { $guest } set to “{ $value }”
ev-guest-field-cleared = { $field } of { $guest } cleared
kind-field-defined =
    { $count ->
    [one] 1 field added
    *[other] { $count } fields added
    }
kind-guest-field-set =
    { $count ->
    [one] 1 field value set
    *[other] { $count } field values set
    }
diff-group-fields = Fields
diff-field = Field “{ $name }”
diff-empty = empty
diff-field-value = { $field }: { $from } → { $to }
ev-table-accessible = { $table } marked accessible
ev-table-not-accessible = { $table } no longer marked accessible
kind-table-accessible =
    { $count ->
        [one] Accessibility of { $count } table changed
       *[other] Accessibility of { $count } tables changed
    }
diff-accessible = now accessible
diff-not-accessible = no longer accessible
ev-field-option-removed = Option “{ $option }” of field { $field } removed
ev-changes-merged =
    { $count ->
        [one] Merged one action from { $from }
       *[other] Merged { $count } actions from { $from }
    }
merge-origin = { $by } on { $device }
merge-conflict-wins = { $value } wins
merge-conflict-wins-earlier = { $value } wins: its copy had already seen changes dated later (a computer’s clock was behind), so it counts as made after them
merge-conflict-neither = neither applies, now { $value }
merge-conflict-line = { $subject }: { $mine } (yours, { $mine_time }) ↔ { $theirs } ({ $origin }, { $theirs_time }) — { $outcome }
fact-room-name = Room { $room }: name
fact-room-size = Room { $room }: size
fact-room-place = Room { $room }: place
fact-table-place = Table { $number }: place
fact-table-rotation = Table { $number }: rotation
fact-table-number = Table { $number }: number
fact-table-seats = Table { $number }: seats
fact-table-shape = Table { $number }: shape
fact-table-accessible = Table { $number }: accessible
fact-logical-name = { $logical }: name
fact-logical-vip = { $logical }: VIP
fact-logical-table = { $logical }: table
fact-logical-planned = { $logical }: planned seats
fact-guest-details = { $guest }: details
fact-guest-seat = { $guest }: seat
fact-guest-pin = { $guest }: pinned
fact-guest-field = { $guest }: { $field }
fact-wish = { $guest } and { $other }: wish
fact-email-template = Email template
fact-field = Field { $field }
fact-value-gone = deleted
fact-value-size = { $width } × { $height } m
fact-value-point = at { $x } m, { $y } m
fact-value-place = { $room }, at { $x } m, { $y } m
fact-value-seats =
    { $seats ->
        [one] one seat
       *[other] { $seats } seats
    }
fact-value-free = free
fact-value-no-table = no table
fact-value-table = table { $number }
fact-value-none = none
fact-value-not-seated = not seated
merge-yours = yours, { $time }
merge-theirs = { $who }, { $time }
merge-skipped-side = { $what } ({ $side }) — does not apply: { $reason }
batch-undo-elsewhere = Undo of an action of another copy
batch-redo-elsewhere = Redo of an action of another copy

# What an undo or redo does to the seating (its preview shows these first).
consequence-guest-at = { $guest } ({ $table })
consequence-guests-lose-table =
    { $count ->
    [one] 1 guest loses their physical table: their logical table has none afterwards
    *[other] { $count } guests lose their physical table: their logical tables have none afterwards
    }
consequence-guests-lose-seat =
    { $count ->
    [one] 1 guest loses their seat
    *[other] { $count } guests lose their seat
    }
consequence-logical-lost = { $logical } (table { $table })
consequence-logical-lose-table =
    { $count ->
    [one] 1 logical table loses its physical table
    *[other] { $count } logical tables lose their physical table
    }
consequence-vip-tables =
    { $count ->
    [one] 1 VIP table is affected
    *[other] { $count } VIP tables are affected
    }
consequence-vip-gone = { $logical } is removed
consequence-vip-changed = { $logical }: { $what }
consequence-vip-table = table { $before } → { $after }
consequence-vip-guests = guests { $before } → { $after }
consequence-vip-renamed = was “{ $before }”
consequence-vip-no-longer = no longer a VIP table
consequence-over-capacity =
    { $count ->
    [one] 1 table is over capacity afterwards
    *[other] { $count } tables are over capacity afterwards
    }
consequence-seated-by =
    { $count ->
    [one] 1 of them seated by #{ $batch }: { $what }
    *[other] { $count } of them seated by #{ $batch }: { $what }
    }
