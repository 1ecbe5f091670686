### Die Zeitleiste: was jedes Ereignis und jede Aktion getan hat.

name-table = Tisch { $number }
shape-round = rund
shape-rectangular = rechteckig

field-first-name = Vorname
field-last-name = Nachname
field-email = E-Mail
field-department = Abteilung
field-dietary = Ernährung
field-vip = VIP
field-notes = Notizen
field-group = Gruppe

ev-room-created = Raum „{ $name }“ angelegt, { $width } × { $height } m
ev-room-renamed = Raum { $room } umbenannt in „{ $name }“
ev-room-resized = Raum { $room } auf { $width } × { $height } m geändert
ev-room-moved = Raum { $room } verschoben nach ({ $x } m, { $y } m)
ev-room-deleted = Raum { $room } gelöscht
ev-table-added = Tisch { $number } in { $room } aufgestellt: { $seats } Plätze, { $shape }
ev-table-moved = { $table } in { $room } verschoben ({ $x } m, { $y } m)
ev-table-rotated = { $table } auf { $degrees }° gedreht
ev-table-renumbered = { $table } umnummeriert in { $number }
ev-table-seats = { $table } hat jetzt { $seats ->
    [one] { $seats } Platz
   *[other] { $seats } Plätze
}
ev-table-shape = { $table } ist jetzt { $shape } ({ $width } × { $depth } m)
ev-table-deleted = { $table } gelöscht
ev-logical-created = Logischer Tisch „{ $name }“ angelegt
ev-logical-created-vip = VIP-Tisch „{ $name }“ angelegt
ev-logical-renamed = Logischer Tisch { $logical } umbenannt in „{ $name }“
ev-logical-vip = Logischer Tisch { $logical } ist jetzt VIP
ev-logical-not-vip = Logischer Tisch { $logical } ist nicht mehr VIP
ev-logical-assigned = { $table } an { $logical } vergeben
ev-logical-released = { $table } von { $logical } freigegeben
ev-logical-deleted = Logischer Tisch { $logical } gelöscht
ev-guest-added = Gast { $name } hinzugefügt
ev-guest-updated = Gast { $guest }: { $fields } geändert
ev-guest-seated = Gast { $guest } an { $logical } platziert
ev-guest-unseated = Gast { $guest } hat { $logical } verlassen
ev-guest-deleted = Gast { $guest } gelöscht
ev-email-template = Gäste-E-Mail festgelegt: „{ $subject }“
ev-batch-reverted = Aktion #{ $batch } rückgängig gemacht
ev-batch-reinstated = Aktion #{ $batch } wiederhergestellt

batch-empty = Keine Änderungen
batch-changes = { $count } Änderungen: { $parts }
# Ein Rückgängig oder Wiederherstellen in der Zeitleiste.
batch-undo = #{ $batch } rückgängig gemacht: { $what }
batch-redo = #{ $batch } wiederhergestellt: { $what }
batch-imported-guests = Gäste aus { $file } importiert — { $what }
batch-imported-draw = Tischauslosung aus { $file } importiert — { $what }

kind-room-created = { $count ->
    [one] 1 Raum angelegt
   *[other] { $count } Räume angelegt
}
kind-room-renamed = { $count ->
    [one] 1 Raum umbenannt
   *[other] { $count } Räume umbenannt
}
kind-room-resized = { $count ->
    [one] Größe von 1 Raum geändert
   *[other] Größe von { $count } Räumen geändert
}
kind-room-moved = { $count ->
    [one] 1 Raum verschoben
   *[other] { $count } Räume verschoben
}
kind-room-deleted = { $count ->
    [one] 1 Raum gelöscht
   *[other] { $count } Räume gelöscht
}
kind-table-added = { $count ->
    [one] 1 Tisch aufgestellt
   *[other] { $count } Tische aufgestellt
}
kind-table-moved = { $count ->
    [one] 1 Tisch verschoben
   *[other] { $count } Tische verschoben
}
kind-table-rotated = { $count ->
    [one] 1 Tisch gedreht
   *[other] { $count } Tische gedreht
}
kind-table-renumbered = { $count ->
    [one] 1 Tisch umnummeriert
   *[other] { $count } Tische umnummeriert
}
kind-table-seats = { $count ->
    [one] Plätze von 1 Tisch geändert
   *[other] Plätze von { $count } Tischen geändert
}
kind-table-shape = { $count ->
    [one] Form von 1 Tisch geändert
   *[other] Form von { $count } Tischen geändert
}
kind-table-deleted = { $count ->
    [one] 1 Tisch gelöscht
   *[other] { $count } Tische gelöscht
}
kind-logical-created = { $count ->
    [one] 1 logischer Tisch angelegt
   *[other] { $count } logische Tische angelegt
}
kind-logical-renamed = { $count ->
    [one] 1 logischer Tisch umbenannt
   *[other] { $count } logische Tische umbenannt
}
kind-logical-vip = { $count ->
    [one] VIP bei 1 logischen Tisch geändert
   *[other] VIP bei { $count } logischen Tischen geändert
}
kind-logical-assigned = { $count ->
    [one] 1 Tisch an einen logischen Tisch vergeben
   *[other] { $count } Tische an logische Tische vergeben
}
kind-logical-released = { $count ->
    [one] 1 Tisch freigegeben
   *[other] { $count } Tische freigegeben
}
kind-logical-deleted = { $count ->
    [one] 1 logischer Tisch gelöscht
   *[other] { $count } logische Tische gelöscht
}
kind-guest-added = { $count ->
    [one] 1 Gast hinzugefügt
   *[other] { $count } Gäste hinzugefügt
}
kind-guest-updated = { $count ->
    [one] 1 Gast geändert
   *[other] { $count } Gäste geändert
}
kind-guest-seated = { $count ->
    [one] 1 Gast platziert
   *[other] { $count } Gäste platziert
}
kind-guest-unseated = { $count ->
    [one] 1 Gast ohne Platz
   *[other] { $count } Gäste ohne Platz
}
kind-guest-deleted = { $count ->
    [one] 1 Gast gelöscht
   *[other] { $count } Gäste gelöscht
}
kind-other = { $count ->
    [one] 1 andere Änderung
   *[other] { $count } andere Änderungen
}

place-not-seated = ohne Platz
place-no-table-yet = { $logical } · noch kein Tisch
place-at-table = { $logical } · Tisch { $number }
place-in-room = { $place } · Raum: { $room }
diff-group-rooms = Räume
diff-group-tables = Tische
diff-group-logical-tables = Logische Tische
diff-group-guests = Gäste
diff-room = Raum „{ $name }“
diff-table = Tisch { $number }
diff-logical = Logischer Tisch „{ $name }“
diff-guest = Gast { $name }
diff-table-ref = Tisch { $number }
diff-logical-ref = „{ $name }“
diff-no-table = kein Tisch
diff-no-seat = kein Platz
diff-disappears = wird entfernt
diff-appears = kommt hinzu
diff-appears-in = kommt hinzu in { $room }
diff-renamed = umbenannt in „{ $name }“
diff-renumbered = umnummeriert in { $number }
diff-room-size = Größe { $width } × { $height } m → { $new_width } × { $new_height } m
diff-room-moves = rückt von ({ $x }; { $y }) nach ({ $new_x }; { $new_y })
diff-table-moves = rückt von { $room } ({ $x }; { $y }) nach { $new_room } ({ $new_x }; { $new_y })
diff-rotation = Drehung { $from }° → { $to }°
diff-seats = Plätze { $from } → { $to }
diff-shape = Form { $shape } { $width }×{ $depth } m → { $new_shape } { $new_width }×{ $new_depth } m
diff-becomes-vip = wird VIP
diff-no-longer-vip = ist nicht mehr VIP
diff-from-to = { $from } → { $to }
diff-fields-changed = { $fields } geändert
diff-seat = Platz { $from } → { $to }
diagnostic-skipped = Ereignis #{ $seq } ({ $kind }) der Aktion { $batch } übersprungen: { $reason }
ev-wish-set = Wunsch: { $guest } und { $with } ({ $weight })
ev-wish-together = { $guest } und { $with } müssen zusammensitzen
ev-wish-apart = { $guest } und { $with } dürfen nicht zusammensitzen
ev-wish-removed = Wunsch zwischen { $guest } und { $with } entfernt
ev-guest-pinned = Gast { $guest } festgesetzt
ev-guest-unpinned = Gast { $guest } nicht mehr festgesetzt
ev-planned-seats = { $logical } mit { $seats } Plätzen geplant
ev-planned-seats-usual = { $logical } mit der üblichen Tischgröße geplant
kind-wish-set =
    { $count ->
    [one] 1 Wunsch festgelegt
    *[other] { $count } Wünsche festgelegt
    }
kind-wish-removed =
    { $count ->
    [one] 1 Wunsch entfernt
    *[other] { $count } Wünsche entfernt
    }
kind-guest-pinned =
    { $count ->
    [one] 1 Festsetzung geändert
    *[other] { $count } Festsetzungen geändert
    }
kind-planned-seats =
    { $count ->
    [one] 1 geplante Größe festgelegt
    *[other] { $count } geplante Größen festgelegt
    }
diff-usual-size = übliche Größe
diff-planned-seats = geplante Plätze { $from } → { $to }
diff-pinned = festgesetzt
diff-unpinned = nicht mehr festgesetzt
diff-no-wish = kein Wunsch
diff-wish-together = muss zusammensitzen
diff-wish-apart = darf nicht zusammensitzen
diff-wish = Wunsch mit { $with }: { $from } → { $to }
batch-imported-wishes = Wünsche aus { $file } importiert — { $what }
batch-auto-seated = Automatisch platziert: { $what }
field-kind-text = Text
field-kind-yes-no = ja/nein
field-kind-choice = Auswahl
field-kind-number = Zahl
value-no = nein
ev-field-defined = Feld „{ $name }“ hinzugefügt ({ $kind })
ev-field-renamed = Feld { $field } umbenannt in „{ $name }“
ev-field-option-added = Option „{ $option }“ zu Feld { $field } hinzugefügt
ev-field-option-renamed = Option „{ $from }“ von Feld { $field } umbenannt in „{ $to }“
ev-field-moved = Feld { $field } an Stelle { $position } verschoben
ev-field-removed = Feld { $field } entfernt
ev-guest-field-set = { $field } von { $guest } auf „{ $value }“ gesetzt
ev-guest-field-cleared = { $field } von { $guest } geleert
kind-field-defined =
    { $count ->
    [one] 1 Feld hinzugefügt
    *[other] { $count } Felder hinzugefügt
    }
kind-guest-field-set =
    { $count ->
    [one] 1 Feldwert gesetzt
    *[other] { $count } Feldwerte gesetzt
    }
diff-group-fields = Felder
diff-field = Feld „{ $name }“
diff-empty = leer
diff-field-value = { $field }: { $from } → { $to }
ev-table-accessible = { $table } als barrierefrei markiert
ev-table-not-accessible = { $table } nicht mehr als barrierefrei markiert
kind-table-accessible =
    { $count ->
        [one] Barrierefreiheit von { $count } Tisch geändert
       *[other] Barrierefreiheit von { $count } Tischen geändert
    }
diff-accessible = jetzt barrierefrei
diff-not-accessible = nicht mehr barrierefrei
ev-field-option-removed = Option „{ $option }“ von Feld { $field } entfernt
ev-changes-merged =
    { $count ->
        [one] Eine Aktion aus { $from } übernommen
       *[other] { $count } Aktionen aus { $from } übernommen
    }
merge-origin = { $by } auf { $device }
merge-conflict-wins = { $value } gilt
merge-conflict-wins-earlier = { $value } gilt: seine Kopie kannte schon später datierte Änderungen (eine Rechneruhr ging nach), daher zählt sie als danach gemacht
merge-conflict-neither = keiner gilt, jetzt { $value }
merge-conflict-line = { $subject }: { $mine } (Ihre Änderung, { $mine_time }) ↔ { $theirs } ({ $origin }, { $theirs_time }) — { $outcome }
fact-room-name = Raum { $room }: Name
fact-room-size = Raum { $room }: Größe
fact-room-place = Raum { $room }: Lage
fact-table-place = Tisch { $number }: Platz
fact-table-rotation = Tisch { $number }: Drehung
fact-table-number = Tisch { $number }: Nummer
fact-table-seats = Tisch { $number }: Plätze
fact-table-shape = Tisch { $number }: Form
fact-table-accessible = Tisch { $number }: barrierefrei
fact-logical-name = { $logical }: Name
fact-logical-vip = { $logical }: VIP
fact-logical-table = { $logical }: Tisch
fact-logical-planned = { $logical }: geplante Plätze
fact-guest-details = { $guest }: Angaben
fact-guest-seat = { $guest }: Platz
fact-guest-pin = { $guest }: festgesetzt
fact-guest-field = { $guest }: { $field }
fact-wish = { $guest } und { $other }: Wunsch
fact-email-template = E-Mail-Vorlage
fact-field = Feld { $field }
fact-value-gone = gelöscht
fact-value-size = { $width } × { $height } m
fact-value-point = bei { $x } m, { $y } m
fact-value-place = { $room }, bei { $x } m, { $y } m
fact-value-seats =
    { $seats ->
        [one] ein Platz
       *[other] { $seats } Plätze
    }
fact-value-free = frei
fact-value-no-table = kein Tisch
fact-value-table = Tisch { $number }
fact-value-none = keiner
fact-value-not-seated = ohne Platz
merge-yours = Ihre Änderung, { $time }
merge-theirs = { $who }, { $time }
merge-skipped-side = { $what } ({ $side }) — gilt nicht: { $reason }
batch-undo-elsewhere = Rückgängig: eine Aktion einer anderen Kopie
batch-redo-elsewhere = Wiederherstellen: eine Aktion einer anderen Kopie

# What an undo or redo does to the seating (its preview shows these first).
consequence-guest-at = { $guest } ({ $table })
consequence-guests-lose-table =
    { $count ->
    [one] 1 Gast verliert seinen physischen Tisch: sein logischer Tisch hat danach keinen
    *[other] { $count } Gäste verlieren ihren physischen Tisch: ihre logischen Tische haben danach keinen
    }
consequence-guests-lose-seat =
    { $count ->
    [one] 1 Gast verliert seinen Platz
    *[other] { $count } Gäste verlieren ihren Platz
    }
consequence-logical-lost = { $logical } (Tisch { $table })
consequence-logical-lose-table =
    { $count ->
    [one] 1 logischer Tisch verliert seinen physischen Tisch
    *[other] { $count } logische Tische verlieren ihren physischen Tisch
    }
consequence-vip-tables =
    { $count ->
    [one] 1 VIP-Tisch ist betroffen
    *[other] { $count } VIP-Tische sind betroffen
    }
consequence-vip-gone = { $logical } wird entfernt
consequence-vip-changed = { $logical }: { $what }
consequence-vip-table = Tisch { $before } → { $after }
consequence-vip-guests = Gäste { $before } → { $after }
consequence-vip-renamed = hieß „{ $before }“
consequence-vip-no-longer = kein VIP-Tisch mehr
consequence-over-capacity =
    { $count ->
    [one] 1 Tisch ist danach überbelegt
    *[other] { $count } Tische sind danach überbelegt
    }
consequence-seated-by =
    { $count ->
    [one] 1 davon platziert durch #{ $batch }: { $what }
    *[other] { $count } davon platziert durch #{ $batch }: { $what }
    }
