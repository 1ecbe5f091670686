### Printouts: titles, legends, footers, cards.

print-nothing = nothing to print: { $reason }
print-image-failed = could not make the picture: { $error }
print-not-a-format = “{ $extension }” is not a floor plan format: use .pdf, .svg or .png
print-floor-plan = Floor plan
print-by-table = Seating list by table
print-a-z = Guests A–Z
print-table-cards = Table cards
print-place-cards = Place cards
print-default-plan-name = Seating plan
print-byline = { $plan } · printed { $at }
print-missing-characters = { $count ->
    [one] 1 character cannot
   *[other] { $count } characters cannot
} be printed with the fonts on this computer and show as boxes: { $characters }
print-page-of = Page { $page } of { $total }
print-no-rooms = the plan has no rooms yet
print-no-tables = the plan has no tables yet
print-nobody-seated = no guest is seated at a table yet
print-no-guests = the plan has no guests yet
print-no-logical-or-guests = the plan has no logical tables or guests yet
print-room-gone = that room is no longer in the plan
print-empty-page = an empty page
print-card-table = Table
print-place-card-table = Table { $number } · { $logical }
print-all-rooms = all rooms
print-floor-plan-title = Floor plan — { $name }
print-scale = Scale 1:{ $denominator } on { $paper }
print-scale-about = Scale ≈ 1:{ $denominator } on { $paper }
print-legend-free = no logical table
print-legend-assigned = assigned
print-legend-vip = VIP table
print-legend-over = over capacity
print-totals = { $tables } tables · { $seats } seats · { $guests } guests seated
print-no-guests-yet = no guests yet
print-continued = { $title } (continued)
print-block-table = Table { $number } — { $logical }
print-block-not-placed = { $logical } — not placed
print-block-seats = { $room } · { $seated }/{ $seats } seats
print-over-capacity = Over capacity: { $guests } guests at { $seats } seats
print-not-seated-heading = Not seated
print-not-seated = not seated
print-legend-accessible = accessible
