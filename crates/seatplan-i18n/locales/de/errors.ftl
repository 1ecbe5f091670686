err-unknown-room = den Raum gibt es nicht (mehr)
err-unknown-table = den Tisch gibt es nicht (mehr)
err-unknown-logical = den logischen Tisch gibt es nicht (mehr)
err-unknown-guest = den Gast gibt es nicht (mehr)
err-id-in-use = die Kennung { $id } ist schon vergeben
err-empty = { $what } darf nicht leer sein
err-room-name-taken = es gibt schon einen Raum namens „{ $name }“
err-table-number-taken = es gibt schon einen Tisch mit der Nummer „{ $number }“
err-logical-name-taken = es gibt schon einen logischen Tisch namens „{ $name }“
err-email-taken = ein anderer Gast hat schon die E-Mail-Adresse { $email }
err-bad-email = „{ $email }“ ist keine E-Mail-Adresse
err-bad-length = { $what } muss zwischen { $min } m und { $max } m liegen (angegeben: { $value } m)
err-not-finite = { $what } muss eine endliche Zahl sein
err-bad-seats = ein Tisch muss zwischen 1 und { $max } Plätze haben (angegeben: { $value })
err-table-outside-room = Tisch { $number } passt bei ({ $x } m, { $y } m) nicht in den Raum „{ $room }“
err-not-holding = der logische Tisch „{ $logical }“ hat Tisch { $number } nicht
err-not-seated-there = { $guest } sitzt nicht an „{ $logical }“
err-marker-not-applicable = Verlaufsmarken ändern den Plan nicht
property-room-name = der Raumname
property-table-number = die Tischnummer
property-logical-name = der Name des logischen Tisches
property-guest-name = der Name des Gastes
property-room-width = die Raumbreite
property-room-height = die Raumtiefe
property-room-position = die Raumposition
property-table-position = die Tischposition
property-table-rotation = die Tischdrehung
property-table-width = die Tischbreite
property-table-depth = die Tischtiefe
err-no-such-batch = im Verlauf dieses Plans gibt es keine Aktion { $batch }
err-not-a-command =
    Aktion { $batch } ist selbst { $kind ->
    [undo] ein Rückgängigmachen
    [redo] ein Wiederherstellen
    *[other] ein Befehl
    }; machen Sie stattdessen die ursprüngliche Aktion rückgängig oder stellen Sie sie wieder her
err-already-undone = Aktion { $batch } ist schon rückgängig gemacht
err-not-undone = Aktion { $batch } ist nicht rückgängig gemacht, es gibt also nichts wiederherzustellen
err-plan-read-only = der Plan ist jetzt schreibgeschützt: { $reason }
doc-snapshot = { $path } ist in einem anderen Fenster offen: dies ist der Plan, wie er dort gespeichert wurde — ändern Sie ihn in jenem Fenster
doc-read-only-file = { $path } ist schreibgeschützt: Sie können ansehen, suchen, exportieren und eine Kopie zum Bearbeiten speichern
err-stale-preview = der Verlauf hat sich seit dieser Vorschau geändert; bitte erneut ansehen
err-unknown-event-type = unbekannte Ereignisart „{ $kind }“ (von einem neueren seatplan geschrieben?)
err-newer-event-version = Ereignisart „{ $kind }“ Version { $version } ist neuer, als diese Version versteht (bis { $supported })
err-no-such-event-version = Ereignisart „{ $kind }“ hat keine Version { $version }
err-bad-payload = Inhalt von „{ $kind }“ v{ $version } ist ungültig: { $reason }
err-plan-not-found = { $path }: diese Datei gibt es nicht
err-plan-not-a-file = { $path }: das ist { $what }, keine seatplan-Datei
err-cannot-create = { $path }: der Plan kann hier nicht angelegt werden: { $reason }
err-read-only-with-wal = { $path }: die Datei ist schreibgeschützt und hat noch nicht eingearbeitete Änderungen (eine „-wal“-Datei daneben); machen Sie Datei und Ordner beschreibbar, um sie zu öffnen
err-plan-exists = { $path }: eine Datei mit diesem Namen gibt es schon (wählen Sie einen anderen Namen; nichts wurde geschrieben)
err-not-sqlite = { $path }: keine seatplan-Datei (keine SQLite-Datenbank)
err-foreign-database = { $path }: das ist eine SQLite-Datenbank eines anderen Programms, keine seatplan-Datei
err-newer-file = { $path }: von einem neueren seatplan geschrieben (Dateiformat { $found }, diese Version liest bis { $supported }); aktualisieren Sie seatplan, um sie zu öffnen
err-already-open = { $path }: schon in einem anderen Fenster oder Programm geöffnet; schließen Sie sie dort zuerst
err-corrupt = { $path }: die Datei ist beschädigt ({ $detail }); stellen Sie eine Sicherung wieder her
err-bad-event = { $path }: Ereignis #{ $seq } kann nicht gelesen werden: { $reason }
err-inconsistent = { $path }: widersprüchlicher Verlauf: { $detail }
err-moved = { $path }: die Plandatei wurde verschoben oder gelöscht, während sie offen war; die letzte Änderung wurde NICHT gespeichert — nutzen Sie „Kopie speichern unter…“
err-stale-wal = { $path }: die „-wal“-Datei daneben stammt aus einem anderen Moment (eine unvollständige oder ältere Kopie): mit ihr gingen { $lost } der { $actions } Aktionen verloren, die die Plandatei enthält. Nichts wurde geändert. Kam die „-wal“-Datei mit einer Kopie, verschieben Sie sie; `seatplan recover` behält den längeren Verlauf.
err-damaged-wal = { $path }: die „-wal“-Datei daneben ist beschädigt ({ $detail }); die Plandatei allein enthält { $actions } Aktionen. Nichts wurde geändert. `seatplan recover` behält den längeren Verlauf.
err-keeps-changing = { $path }: der Plan hat sich beim Lesen ständig geändert (er ist in einem Fenster offen, das gerade speichert); versuchen Sie es gleich noch einmal
err-disk-full = { $path }: der Datenträger ist voll; die letzte Änderung wurde NICHT gespeichert
err-file-read-only = { $path }: die Datei ist schreibgeschützt (keine Änderung kann gespeichert werden)
err-encode = ein Ereignis konnte nicht kodiert werden: { $reason }
file-kind-folder = ein Ordner
file-kind-pipe = eine benannte Pipe (FIFO)
file-kind-socket = ein Socket
file-kind-device = ein Gerät
file-kind-dangling-link = eine Verknüpfung, die zu keiner Datei führt
file-kind-other = keine gewöhnliche Datei
err-sheet-unsupported = { $path }: nicht unterstützter Dateityp (verwenden Sie .xlsx, .xls, .ods oder .csv)
err-sheet-unreadable = { $path }: keine lesbare Tabelle ({ $detail })
err-sheet-no-such-sheet = { $path }: es gibt kein Blatt namens „{ $sheet }“ (Blätter: { $available })
err-sheet-no-sheet = { $path }: die Arbeitsmappe hat kein sichtbares Blatt
err-sheet-not-text = { $path }: die CSV-Datei ist kein Text ({ $detail }); speichern Sie sie aus Excel oder LibreOffice als CSV
err-sheet-not-found = { $path }: diese Datei gibt es nicht
err-sheet-not-a-file = { $path }: das ist { $what }, keine Tabellendatei
err-sheet-too-large = { $path }: die Datei ist { $size } MB groß; eine Gästeliste oder Tischauslosung hat höchstens { $max } MB — ist es die richtige Datei?
err-sheet-encrypted = { $path }: die Arbeitsmappe ist kennwortgeschützt (verschlüsselt); entfernen Sie das Kennwort in Excel (Datei → Informationen → Arbeitsmappe schützen) und speichern Sie sie erneut
err-export-cell-too-long = { $guest }: der Wert von „{ $field }“ hat { $length } Zeichen, mehr als eine Tabellenzelle fasst ({ $max }); kürzen Sie ihn und exportieren Sie dann erneut. Nichts wurde geschrieben.
err-export-xlsx = { $path }: die Arbeitsmappe konnte nicht geschrieben werden: { $reason }
err-export-over-plan = { $path }: das ist ein seatplan-Plan oder die Datenbank eines anderen Programms — ein Export überschreibt so etwas nie; wählen Sie einen anderen Dateinamen
err-export-extension = { $path }: { $what } wird als { $expected } geschrieben; wählen Sie einen Namen mit dieser Endung
err-export-exists = { $path }: die Datei gibt es schon; wählen Sie einen anderen Namen (nichts wurde geschrieben)
err-export-not-a-file = { $path }: das ist { $what }, keine Datei, die ersetzt werden kann
err-export-not-a-folder = { $path }: das ist eine Datei, kein Ordner
err-export-folder-not-empty = { $path }: der Ordner enthält andere Dateien (etwa „{ $example }“); wählen Sie einen leeren oder neuen Ordner, damit sich die Dateien des Exports nicht mit anderen mischen
format-seating-workbook = eine Sitzordnung (Arbeitsmappe)
format-a-z-list = eine Gästeliste A–Z
format-printout = ein Ausdruck
format-floor-plan = ein Grundriss
err-control-character = das Feld { $field } („{ $text }“) enthält einen Zeilenumbruch oder ein anderes Steuerzeichen; geben Sie es in einer Zeile ein
err-no-logical-named = es gibt keinen logischen Tisch namens „{ $name }“
err-self-wish = { $guest } kann keinen Wunsch mit sich selbst haben
err-bad-weight = ein Wunschgewicht muss zwischen −100 und 100 liegen (angegeben: { $value })
err-tables-do-not-fit = { $count } Tische passen nicht in den Raum „{ $room }“ (Platz für { $fit } weitere); vergrößern Sie den Raum oder fügen Sie weniger hinzu
err-first-number = „{ $number }“ ist keine Tischnummer, von der aus gezählt werden kann (verwenden Sie 101, oder A1 für A1, A2, …)
err-unknown-field = das Feld gibt es nicht (mehr)
err-field-name-taken = es gibt schon ein Feld namens „{ $name }“
# A name for a custom field that a built-in column has taken ("E-Mail (own)").
field-name-suggestion = { $name } (eigenes Feld)
err-field-name-built-in = „{ $name }“ ist der Name der eingebauten Spalte { $column }: ein eigenes Feld dieses Namens würde beim Wiedereinlesen als diese gelesen. Wählen Sie einen anderen Namen, zum Beispiel „{ $suggestion }“.
err-value-too-long = der Wert für „{ $field }“ hat { $length } Zeichen; höchstens { $max } passen in jeden Export
err-option-taken = das Feld hat die Option „{ $option }“ schon
err-no-such-option = das Feld hat keine Option „{ $option }“
err-bad-field-value = „{ $value }“ ist kein Wert für das Feld „{ $field }“
property-field-name = der Feldname
property-field-option = die Option
err-no-field-named = es gibt kein Feld namens „{ $name }“
err-options-only-for-choice = „{ $field }“ ist kein Auswahlfeld: nur eine Auswahl hat Optionen
err-foreign-schema = { $path }: { $detail } – ein anderes Programm hat diese Datei verändert, darum öffnet seatplan sie nicht (nichts darin wurde ausgeführt oder geändert).
err-not-stored = { $path }: die Änderung wurde nicht gespeichert – { $detail }. Nichts wurde geschrieben; vielleicht verändert ein anderes Programm die Datei.
schema-extra =
    die Datei enthält { $kind ->
         [index] einen Index
         [view] eine Sicht (View)
         [trigger] einen Trigger
         [virtual] eine virtuelle Tabelle
        *[other] eine Tabelle
    } „{ $name }“, nicht von seatplan angelegt
schema-missing =
    { $kind ->
         [index] der Index
         [view] die Sicht
         [trigger] der Trigger
         [virtual] die virtuelle Tabelle
        *[other] die Tabelle
    } „{ $name }“ fehlt
schema-virtual = die Tabelle „{ $name }“ wurde durch eine virtuelle Tabelle ersetzt
schema-without-rowid = die Tabelle „{ $name }“ wurde als WITHOUT ROWID neu angelegt
schema-not-strict = die Tabelle „{ $name }“ ist nicht mehr STRICT
schema-extra-column = die Tabelle „{ $table }“ hat eine Spalte „{ $column }“, die seatplan nicht angelegt hat
schema-column-type = die Spalte „{ $column }“ der Tabelle „{ $table }“ hat den Typ { $found } statt { $expected }
schema-missing-column = der Tabelle „{ $table }“ fehlt die Spalte „{ $column }“
schema-changed =
    { $kind ->
         [index] der Index
         [view] die Sicht
         [trigger] der Trigger
         [virtual] die virtuelle Tabelle
        *[other] die Tabelle
    } „{ $name }“ ist anders definiert als bei seatplan
err-not-stored-batch = der Eintrag der Aktion { $batch } steht nach dem Schreiben nicht in der Datei
err-not-stored-events = nur { $stored } von { $count } Ereignissen stehen nach dem Schreiben in der Datei
err-not-stored-differs = die Ereignisse in der Datei weichen von den geschriebenen ab
err-recover-exists = { $path } gibt es schon: recover schreibt eine neue Datei und ersetzt nie eine vorhandene
err-recover-nothing = { $path }: aus diesem Plan lässt sich keine einzige Aktion lesen; nichts wurde geschrieben
recover-table-unreadable = die Tabelle lässt sich nicht lesen
recover-unknown-kind = unbekannte Art „{ $kind }“
recover-event-missing = die Zeile fehlt
recover-event-unreadable = Ereignis #{ $seq } lässt sich nicht lesen: { $reason }
recover-event-lost = Ereignis #{ $seq } ist verloren ({ $reason }) und gehört vielleicht zu dieser Aktion
recover-batch-missing = ihr Eintrag fehlt
recover-batch-unreadable = ihr Eintrag lässt sich nicht lesen: { $reason }
recover-batch-empty = keines ihrer Ereignisse lässt sich lesen
recover-undo-of-lost = sie macht Aktion { $target } rückgängig oder wiederholt sie, und die fehlt
recover-bad-marker = ihr Rückgängig-/Wiederholen-Eintrag ist widersprüchlich
recover-event-misplaced = die Zeile nennt Aktion { $batch }, und die passt nicht
err-recover-no-folder = den Ordner { $path } gibt es nicht
schema-no-version = ihre Layout-Version ist { $version }, die schreibt seatplan nie
file-upgrade-backup = { $name } (Sicherung Format 1)
err-merge-self = { $path } ist dieser Plan selbst: wählen Sie eine andere Kopie davon
err-merge-other-plan = { $other } ist ein anderer Plan, keine Kopie von { $path }: nichts wurde übernommen
err-merge-bad = { $other } kann nicht übernommen werden: { $detail }. Nichts wurde übernommen.
err-merge-future = sie enthält Aktionen vom { $at }, mehr als ein Jahr in der Zukunft (eine falsch gestellte Uhr an jenem Computer?)
err-merge-id-clash =
    { $other } kann nicht übernommen werden: { $count ->
        [one] ein Eintrag wurde
       *[other] { $count } Einträge wurden
    } auf beiden Kopien unter derselben internen Nummer angelegt (beide wurden mit einem seatplan von vor dem Zusammenführen geändert, oder eine Kopie wurde aus einer beschädigten Datei gerettet), und das Zusammenführen würde sie vermischen. Nichts wurde übernommen; übernehmen Sie die Änderungen der anderen Kopie von Hand oder importieren Sie ihre Listen.
