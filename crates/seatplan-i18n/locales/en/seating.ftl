seat-err-together-split = these guests must sit together (same group, or a must-sit-together rule), but stay at different tables: { $where_ } — seat them by hand, or re-seat with --all
seat-where-no-seat = { $guests } (without a seat)
seat-where-at = { $guests } at “{ $table }”
seat-err-together-untouchable = { $guests } must sit with { $with } at “{ $table }”, which automatic seating does not change (a VIP table, or not chosen) — seat them by hand
seat-err-party-too-large = a party of { $count } must sit together ({ $guests }), but the largest table has { $seats } free seats
seat-err-together-and-apart = { $a } and { $b } must sit together (directly or through their party) and must not sit together
seat-err-apart-at-fixed = { $guests } must sit at “{ $table }”, where someone they must not sit with stays
seat-err-too-many-apart = { $count } guests must all sit apart ({ $guests }), but only { $tables } tables have a free seat
seat-err-no-tables = there is no table to seat anyone at (every logical table is VIP or not chosen)
seat-err-internal = automatic seating failed inside (a bug); nothing was changed
unmet-no-seat = { $guest } has no seat (no room left, or a rule kept them out)
unmet-pinned = { $guest } is pinned
unmet-untouchable = { $guest } sits at a VIP table or a table not in this run
unmet-not-in-run = { $guest } was not part of this run
unmet-rule = a must-not-sit-together rule (with { $guest })
unmet-trade-off = the plan scores higher this way (other wishes or departments weigh more)
unmet-here-together = must sit with { $guest } ({ $place })
unmet-here-apart = must not sit with { $guest }, but does
unmet-here-with = wants to sit with { $guest } ({ $weight }; { $place })
unmet-here-not-with = sits with { $guest }, though better apart ({ $weight })
seat-err-no-room-with-party = { $guests } must sit with { $with } (same group, or a must-sit-together rule), who stays at “{ $table }”, but it has { $seats } free seats — make room there, or re-seat everyone with --all
seat-err-access-at-fixed = { $guests } need an accessible table but stay with their party at “{ $table }”, which is not: mark its table accessible, or unpin them
seat-quality-best = This is the best possible plan: no seating can score more.
seat-quality-gap = At most { $gap } % below the best possible plan (no seating scores more than { $bound }).
seat-quality-unknown = How close this is to the best possible plan cannot be said (the wishes are mostly negative).
seat-stopped-proven = Stopped after { $seconds } s: no plan can be better.
seat-stopped-converged = Stopped after { $seconds } s: nothing better in the last { $stale } of { $rounds } rounds.
seat-stopped-steps = Ran its { $steps } steps.
seat-stopped-time = The time was up after { $seconds } s and { $rounds } rounds; this is the best plan found.
seat-stopped-cancelled = Stopped; this is the best plan found so far.
seat-incomplete =
    { $count ->
    [one] 1 guest is still without a seat although { $free } seats are free (split across tables): this plan is not applied. Search longer, or seat a few guests by hand and search again.
    *[other] { $count } guests are still without a seat although { $free } seats are free (split across tables): this plan is not applied. Search longer, or seat a few guests by hand and search again.
    }
