### Die Ausgaben der Kommandozeile (Befehls- und Optionsnamen und --json-Schlüssel bleiben englisch).

cli-error = seatplan: Fehler: { $error }
cli-warning = seatplan: Warnung: { $warning }
cli-no-room = es gibt keinen Raum namens „{ $name }“
cli-no-table = es gibt keinen Tisch mit der Nummer „{ $number }“
cli-no-logical = es gibt keinen logischen Tisch namens „{ $name }“
cli-no-guest-email = es gibt keinen Gast mit der E-Mail-Adresse { $email }
cli-created = Leeren Plan { $file } angelegt
cli-guests-range = --guests muss zwischen 1 und 200000 liegen (angegeben: { $guests })
cli-wrote-demo = Demo-Plan { $file } geschrieben
cli-wrote = { $file } geschrieben
cli-wrote-pages = { $file } geschrieben ({ $pages ->
    [one] 1 Seite
   *[other] { $pages } Seiten
})
cli-wrote-two = { $first } und { $second } geschrieben
cli-wrote-emails = { $count ->
    [one] 1 E-Mail
   *[other] { $count } E-Mails
} und { $list } nach { $folder } geschrieben
cli-seated-without-email = Mit Platz, aber ohne E-Mail-Adresse ({ $count }): { $names }
cli-not-seated-no-email = Ohne Platz, keine E-Mail geschrieben ({ $count }): { $names }
cli-add-force = { $error }; mit --force wird sie ersetzt
cli-import-heading = { $file } — Blatt „{ $sheet }“, Kopfzeile in Zeile { $row }
cli-import-encoding = , gelesen als { $encoding }-Text
cli-more-problems = … und { $count } weitere (erst diese beheben, dann erneut importieren)
cli-import-problems = { $file }: { $count ->
    [one] 1 Problem
   *[other] { $count } Probleme
} — nichts wurde importiert
cli-import-no-changes = Keine Änderungen: Der Plan entspricht bereits der Datei.
cli-dry-run = Probelauf: nichts geschrieben.
cli-refuse-replace = wird nicht ersetzt (--force)
cli-cannot-remove = { $file }: kann nicht gelöscht werden
cli-nothing-to-change = Nichts zu ändern: Der Plan sieht bereits so aus.
cli-batch = Aktion { $batch }: { $what }
cli-undo-done = Erledigt: Rückgängigmachen von Aktion { $batch } als Aktion { $marker } gespeichert.
cli-redo-done = Erledigt: Wiederherstellen von Aktion { $batch } als Aktion { $marker } gespeichert.
cli-undo-needs-yes = Nichts geschrieben. Mit --yes erneut aufrufen, um sie rückgängig zu machen.
cli-redo-needs-yes = Nichts geschrieben. Mit --yes erneut aufrufen, um sie wiederherzustellen.
cli-preview-undo = Aktion { $batch } rückgängig machen: { $what }
cli-preview-redo = Aktion { $batch } wiederherstellen: { $what }
cli-preview-no-change = Der Plan würde sich nicht ändern (spätere Aktionen überschreiben es bereits).
cli-preview-changes = Der Plan ändert sich ({ $count }):
cli-and-more = … und { $count } weitere
cli-preview-affected = Betroffene spätere Aktionen ({ $count }):
cli-preview-stops = gilt nicht mehr: Ereignis #{ $seq } ({ $kind }): { $reason }
cli-preview-starts = gilt wieder: Ereignis #{ $seq } ({ $kind })
cli-preview-overriding = Spätere Aktionen, die teils dasselbe festlegen (ihre Werte bleiben) ({ $count }):
cli-check-heading = { $file }: { $batches } Aktionen, { $events } Ereignisse
cli-check-integrity-ok = Integrität: in Ordnung
cli-check-integrity = Integrität: { $problem }
cli-check-backup = letzte Sicherung: { $file } ({ $taken })
cli-check-no-backup = letzte Sicherung: noch keine (Sicherungen entstehen, wenn das Fenster einen Plan öffnet)
cli-check-replay-differs = Wiedergabe: eine frische Wiedergabe weicht vom geladenen Stand ab
cli-check-replay-ok = Wiedergabe: in Ordnung, jedes wirksame Ereignis greift
cli-check-left-aside = Wiedergabe: in Ordnung; { $count ->
    [one] 1 Ereignis
   *[other] { $count } Ereignisse
} beiseitegelassen, weil Aktionen, auf denen sie aufbauten, rückgängig gemacht wurden (normal):
cli-check-damaged = Wiedergabe: BESCHÄDIGT — { $count ->
    [one] 1 Ereignis hat
   *[other] { $count } Ereignisse haben
} schon beim Schreiben nicht gegriffen (bearbeitete oder verlorene Zeilen?):
cli-check-more-left-aside = Wiedergabe: { $count ->
    [one] 1 weiteres Ereignis
   *[other] { $count } weitere Ereignisse
} wegen Rückgängigmachens beiseitegelassen (normal)
cli-summary = { $rooms ->
    [one] 1 Raum
   *[other] { $rooms } Räume
} · { $tables ->
    [one] 1 Tisch
   *[other] { $tables } Tische
} · { $logical ->
    [one] 1 logischer Tisch
   *[other] { $logical } logische Tische
} ({ $vip } VIP) · { $guests ->
    [one] 1 Gast
   *[other] { $guests } Gäste
} ({ $seated } mit Platz)
cli-summary-history = Verlauf: { $batches } Aktionen, { $events } Ereignisse; { $diagnostics } Wiedergabe-Hinweise
cli-rooms = Räume
cli-room-line = { $tables } Tische  { $seats } Plätze
cli-logical-tables = Logische Tische
cli-over-capacity = Überbelegt
cli-over-capacity-line = Tisch { $number }: { $guests } Gäste an { $seats } Plätzen
cli-unseated = Gäste ohne Platz: { $count }
cli-undone = rückgängig
cli-events = { $count ->
    [one] 1 Ereignis
   *[other] { $count } Ereignisse
}
