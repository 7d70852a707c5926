#!/usr/bin/env bash
# Measures the workbench in a real terminal (tmux), as issue 10 asks:
#   1. key latency while a stencil kernel runs on all cores: send a key that changes the screen
#      (`?` opens the help overlay, Escape closes it) and poll `tmux capture-pane` until the
#      change shows, N times; the same measured on an idle pane running a one-line bash key
#      reader gives the baseline cost of tmux + polling on this machine, reported beside it.
#      Opens and closes are also reported apart: a lone Escape is only known as such after
#      ncurses' escape delay (25 ms) passes without the rest of an escape sequence;
#   2. memory over a session: the c4s process's VmRSS (/proc/PID/status) every INTERVAL seconds
#      for DURATION seconds while the user cycles sections, steps a trajectory frame, moves the
#      carbon map cursor and toggles help, with the kernel still running.
# Prints one JSON object on stdout (times in ms, memory in KiB); progress goes to stderr.
#
# usage: scripts/measure-tui.sh PATH/TO/c4s [--duration SECONDS] [--interval SECONDS] [--keys N]
#                               [--size COLUMNSxROWS] [--grid AxB | --grid none]
# (--grid none: no kernel, to tell the kernel's share of the latency from the machine's load)
set -euo pipefail

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] || usage
binary=$(realpath "$1"); shift
duration=600 interval=10 keys=100 size=120x36 grid=2048x2048
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) duration=$2; shift 2 ;;
        --interval) interval=$2; shift 2 ;;
        --keys) keys=$2; shift 2 ;;
        --size) size=$2; shift 2 ;;
        --grid) grid=$2; shift 2 ;;
        *) echo "measure-tui: unknown option $1 (valid: --duration --interval --keys --size --grid)" >&2; exit 2 ;;
    esac
done
[ -x "$binary" ] || { echo "measure-tui: $binary is not an executable c4s" >&2; exit 2; }
command -v tmux >/dev/null || { echo "measure-tui: tmux is not installed (scripts/setup.sh installs it)" >&2; exit 2; }
columns=${size%x*} rows=${size#*x}

socket="c4s-measure-$$"
config=$(mktemp -d /tmp/c4s-measure-config.XXXXXX)
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$config"; }
trap cleanup EXIT
t() { tmux -L "$socket" "$@"; }
now_us() { local s=${EPOCHREALTIME/./}; echo "$s"; }

# Polls pane $1 until its text contains $2 (or, with $3 = absent, no longer contains it); 20 s limit.
wait_for() {
    local pane=$1 text=$2 mode=${3:-present} deadline=$(( $(now_us) + 20000000 )) screen
    while :; do
        screen=$(t capture-pane -p -t "$pane")
        if [ "$mode" = present ]; then [[ $screen == *"$text"* ]] && return 0
        else [[ $screen != *"$text"* ]] && return 0; fi
        [ "$(now_us)" -lt "$deadline" ] || { echo "measure-tui: timed out waiting for '$text' ($mode) in $pane" >&2; return 1; }
    done
}

# Sends key $2 to pane $1 and returns (in the variable `elapsed_ms`) how long the expected change took to show.
timed_key() {
    local pane=$1 key=$2 text=$3 mode=$4 start
    start=$(now_us)
    t send-keys -t "$pane" "$key"
    wait_for "$pane" "$text" "$mode"
    elapsed_ms=$(awk -v a="$start" -v b="$(now_us)" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
}

# Median, p95 and max of the numbers on stdin, as a JSON object.
summary() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "{\"n\": 0}"; exit }
        p95 = int(0.95 * NR + 0.999); if (p95 > NR) p95 = NR
        med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "{\"n\": %d, \"median\": %.1f, \"p95\": %.1f, \"max\": %.1f}", NR, med, v[p95], v[NR] }'
}

t -f /dev/null new-session -d -x "$columns" -y "$rows" -s baseline \
    "bash --norc -c 'while IFS= read -rsn1 k; do clear; echo \"state \$k\"; done'"
t new-session -d -x "$columns" -y "$rows" -s workbench \
    "exec env TERM=screen-256color LANG=C.UTF-8 XDG_CONFIG_HOME=$config '$binary'"
wait_for workbench "q quit"
pid=$(t display-message -p -t workbench '#{pane_pid}')

echo "measure-tui: baseline, $keys key round trips on an idle pane" >&2
baseline=()
for ((i = 0; i < keys; i++)); do
    key=$([ $((i % 2)) -eq 0 ] && echo a || echo b)
    timed_key baseline "$key" "state $key" present
    baseline+=("$elapsed_ms")
done

if [ "$grid" != none ]; then
    echo "measure-tui: starting stencil heat2d $grid on all cores" >&2
    t send-keys -t workbench ":"
    t send-keys -t workbench -l "run stencil --shape heat2d --size $grid --steps 1000000 --threads 0"
    t send-keys -t workbench Enter
    wait_for workbench "run 1 running"
fi

echo "measure-tui: $keys help toggles" >&2
latency=() opens=() closes=()
for ((i = 0; i < keys; i++)); do
    timed_key workbench "?" "─ Keys ─" present
    latency+=("$elapsed_ms") opens+=("$elapsed_ms")
    timed_key workbench Escape "─ Keys ─" absent
    latency+=("$elapsed_ms") closes+=("$elapsed_ms")
done

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status"; }
# One user action per second, in a cycle: sections, a trajectory frame, the map cursor, help.
actions=(1 3 Right Right 4 l j l 5 2 "?" Escape)
echo "measure-tui: memory every ${interval} s for ${duration} s" >&2
samples="" start=$(now_us) next=0 action=0
while :; do
    elapsed=$(( ($(now_us) - start) / 1000000 ))
    if [ "$elapsed" -ge "$next" ]; then
        samples+="${samples:+, }{\"t_s\": $elapsed, \"rss_kib\": $(rss_kib)}"
        next=$(( next + interval ))
    fi
    [ "$elapsed" -lt "$duration" ] || break
    t send-keys -t workbench "${actions[action]}"
    action=$(( (action + 1) % ${#actions[@]} ))
    sleep 1
done
t send-keys -t workbench Escape
t send-keys -t workbench 1
sleep 2
still_running=$(t capture-pane -p -t workbench | grep -c "run 1 running" || true)
t send-keys -t workbench q

cat <<EOF
{"binary": "$binary", "terminal": "$size", "load_average": "$(cut -d' ' -f1-3 /proc/loadavg)", "cores": $(nproc),
 "kernel": "$([ "$grid" = none ] && echo none || echo "stencil heat2d $grid, all cores")", "kernel_running_at_end": $([ "$still_running" -gt 0 ] && echo true || echo false),
 "baseline_idle_pane_ms": $(printf '%s\n' "${baseline[@]}" | summary),
 "key_latency_ms": $(printf '%s\n' "${latency[@]}" | summary),
 "help_open_ms": $(printf '%s\n' "${opens[@]}" | summary),
 "escape_close_ms": $(printf '%s\n' "${closes[@]}" | summary),
 "rss_samples": [$samples]}
EOF
