### Ausdrucke: Titel, Legenden, Fußzeilen, Karten.

print-nothing = nichts zu drucken: { $reason }
print-image-failed = das Bild konnte nicht erzeugt werden: { $error }
print-not-a-format = „{ $extension }“ ist kein Format für den Raumplan: .pdf, .svg oder .png verwenden
print-floor-plan = Raumplan
print-by-table = Sitzliste nach Tischen
print-a-z = Gäste A–Z
print-table-cards = Tischkarten
print-place-cards = Platzkarten
print-default-plan-name = Sitzplan
print-byline = { $plan } · gedruckt { $at }
print-missing-characters = { $count ->
    [one] 1 Zeichen kann
   *[other] { $count } Zeichen können
} mit den Schriften dieses Computers nicht gedruckt werden und erscheinen als Kästchen: { $characters }
print-page-of = Seite { $page } von { $total }
print-no-rooms = der Plan hat noch keine Räume
print-no-tables = der Plan hat noch keine Tische
print-nobody-seated = noch kein Gast sitzt an einem Tisch
print-no-guests = der Plan hat noch keine Gäste
print-no-logical-or-guests = der Plan hat noch keine logischen Tische und keine Gäste
print-room-gone = dieser Raum ist nicht mehr im Plan
print-empty-page = eine leere Seite
print-card-table = Tisch
print-place-card-table = Tisch { $number } · { $logical }
print-all-rooms = alle Räume
print-floor-plan-title = Raumplan — { $name }
print-scale = Maßstab 1:{ $denominator } auf { $paper }
print-scale-about = Maßstab ≈ 1:{ $denominator } auf { $paper }
print-legend-free = kein logischer Tisch
print-legend-assigned = vergeben
print-legend-vip = VIP-Tisch
print-legend-over = überbelegt
print-totals = { $tables } Tische · { $seats } Plätze · { $guests } Gäste mit Platz
print-no-guests-yet = noch keine Gäste
print-continued = { $title } (Fortsetzung)
print-block-table = Tisch { $number } — { $logical }
print-block-not-placed = { $logical } — nicht platziert
print-block-seats = { $room } · { $seated }/{ $seats } Plätze
print-over-capacity = Überbelegt: { $guests } Gäste an { $seats } Plätzen
print-not-seated-heading = Ohne Platz
print-not-seated = ohne Platz
print-legend-accessible = barrierefrei
