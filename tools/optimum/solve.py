#!/usr/bin/env python3
"""Proven optima of small seating instances, for seatplan's optimiser test (dev-only).

Reads every instance that `cargo test --test integration -- --ignored export_small_seating`
wrote to tests/fixtures/seating-small/ (guests with department and group, table seats,
wishes), solves each exactly with OR-tools CP-SAT — once plainly and once with "nobody alone"
(min_known = 1) — and writes tests/fixtures/seating-optima.json. Only OPTIMAL results are
recorded; an instance CP-SAT cannot prove within the time limit makes the script fail.

The score is seatplan's: the sum of the weights of the wishes of every pair at one table, plus
the department weight for every pair of one department at one table. Every guest is seated
(each instance has a planted seating that seats everyone); groups sit together; must-apart
pairs do not; with min_known = K, every guest with at least K positive wishes (or must-together
or group partners) sits with at least K of them.

Usage (installs OR-tools into a private virtual environment on first use, never for CI):
    python3 tools/optimum/solve.py [--seconds 300]
"""

import argparse
import json
import os
import subprocess
import sys
import venv

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ENV = os.path.join(os.path.expanduser("~"), ".cache", "seatplan-ortools")


def ensure_ortools():
    """Re-runs this script in a private environment with OR-tools installed."""
    try:
        import ortools  # noqa: F401
        return
    except ImportError:
        pass
    python = os.path.join(ENV, "bin", "python3")
    if not os.path.exists(python):
        venv.create(ENV, with_pip=True)
    subprocess.run([python, "-m", "pip", "install", "-q", "ortools"], check=True)
    os.execv(python, [python] + sys.argv)


def solve(instance, min_known, seconds):
    from ortools.sat.python import cp_model

    guests = instance["guests"]
    tables = instance["tables"]
    dw = instance["department_weight"]
    n, t_count = len(guests), len(tables)
    m = cp_model.CpModel()
    x = [[m.NewBoolVar(f"x{g}_{t}") for t in range(t_count)] for g in range(n)]
    for g in range(n):
        m.AddExactlyOne(x[g])
    for t in range(t_count):
        m.Add(sum(x[g][t] for g in range(n)) <= tables[t])
    # Groups sit together.
    groups = {}
    for g, guest in enumerate(guests):
        if guest["group"].strip():
            groups.setdefault(guest["group"].strip().lower(), []).append(g)
    together = []
    for members in groups.values():
        for a, b in zip(members, members[1:]):
            together.append((a, b))
    weights = {}
    known = {g: set() for g in range(n)}
    for a, b, w, rule in instance["wishes"]:
        a, b = min(a, b), max(a, b)
        if rule == "together":
            together.append((a, b))
        if rule == "apart":
            for t in range(t_count):
                m.AddBoolOr([x[a][t].Not(), x[b][t].Not()])
        if w != 0:
            weights[(a, b)] = weights.get((a, b), 0) + w
        if rule == "together" or (rule == "" and w > 0):
            known[a].add(b)
            known[b].add(a)
    for members in groups.values():
        for a in members:
            for b in members:
                if a != b:
                    known[a].add(b)
    for a, b in together:
        for t in range(t_count):
            m.Add(x[a][t] == x[b][t])

    def same_table(a, b):
        ys = []
        for t in range(t_count):
            y = m.NewBoolVar("")
            m.AddBoolAnd([x[a][t], x[b][t]]).OnlyEnforceIf(y)
            m.AddBoolOr([x[a][t].Not(), x[b][t].Not()]).OnlyEnforceIf(y.Not())
            ys.append(y)
        z = m.NewBoolVar("")
        m.Add(sum(ys) == z)
        return z

    pair = {}
    objective = []
    for (a, b), w in weights.items():
        pair[(a, b)] = same_table(a, b)
        objective.append(w * pair[(a, b)])
    # Departments: per table and department, the number of pairs.
    if dw:
        by_dept = {}
        for g, guest in enumerate(guests):
            d = guest["department"].strip().lower()
            if d:
                by_dept.setdefault(d, []).append(g)
        for members in by_dept.values():
            if len(members) < 2:
                continue
            for t in range(t_count):
                most = min(len(members), tables[t])
                count = m.NewIntVar(0, most, "")
                m.Add(count == sum(x[g][t] for g in members))
                pairs = m.NewIntVar(0, most * (most - 1) // 2, "")
                m.AddElement(count, [k * (k - 1) // 2 for k in range(most + 1)], pairs)
                objective.append(dw * pairs)
    if min_known:
        for g in range(n):
            if len(known[g]) < min_known:
                continue
            zs = []
            for h in known[g]:
                key = (min(g, h), max(g, h))
                if key not in pair:
                    pair[key] = same_table(*key)
                zs.append(pair[key])
            m.Add(sum(zs) >= min_known)
    m.Maximize(sum(objective))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = max(2, os.cpu_count() or 2)
    status = solver.Solve(m)
    if status != cp_model.OPTIMAL:
        return None, solver.StatusName(status), solver.WallTime()
    return int(round(solver.ObjectiveValue())), "OPTIMAL", solver.WallTime()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--skip-export", action="store_true")
    args = parser.parse_args()
    ensure_ortools()
    folder = os.path.join(ROOT, "tests", "fixtures", "seating-small")
    if not args.skip_export:
        subprocess.run(
            ["cargo", "test", "--test", "integration", "--", "--ignored",
             "export_small_seating_instances"],
            cwd=ROOT, check=True)
    out = {}
    failed = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name)) as f:
            instance = json.load(f)
        entry = {"guests": len(instance["guests"]), "wishes": len(instance["wishes"]),
                 "planted": instance.get("planted")}
        for key, k in (("optimum", 0), ("optimum_min_known_1", 1)):
            value, status, wall = solve(instance, k, args.seconds)
            print(f"{name} min_known={k}: {status} {value} ({wall:.1f} s)", flush=True)
            if value is None:
                failed.append(f"{name} (min_known={k}): {status}")
            entry[key] = value
        out[name[:-5]] = entry
    with open(os.path.join(ROOT, "tests", "fixtures", "seating-optima.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    if failed:
        print("not proven:", *failed, sep="\n  ", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
