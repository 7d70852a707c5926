/// The `?` help: every key, grouped, in a box over the panes.
enum HelpOverlay {
    static let lines = [
        "Anywhere",
        "  q            quit (stops running jobs first)     Ctrl-C   the same",
        "  ?            this help                          :        command line (Tab completes)",
        "  Tab/S-Tab    move focus                         |        split: results beside the pane",
        "  1 … 5        Kernels, Datasets, Molecules, Carbon, Results   h/l ←/→  navigator / pane",
        "  j/k ↓/↑      move; mouse click and wheel too",
        "Kernels",
        "  J/K PgDn/Up  next/previous job                  Enter    edit the selected parameter",
        "  r            run with these parameters          s        stop the newest run",
        "  e            export the newest finished run to HDF5 (never overwrites: adds a group)",
        "Molecules",
        "  ←/→ Home/End frame; first/last                  space    play / pause   [ ]  slower / faster",
        "  hjkl ↑↓      rotate the view (or drag the mouse) a       all atoms / Cα trace   d/D  dataset",
        "Carbon map",
        "  hjkl ←↓↑→    move the cursor (HJKL: 10x)        + / -    zoom in / out at the cursor",
        "  v / V        next / previous variable           t / T    next / previous time step",
        "  d / D        next / previous field dataset      b        global budget bars by year (v: term)",
        "  m            box from the cursor: move, Enter for its area-weighted mean and area, Esc clears",
        "Results",
        "  o / O        sort by the next column / reverse  e        export the selected run",
        "Command line",
        "  :run JOB --name value …    :open FILE [TOPOLOGY]    :export FILE.h5    :help    :quit",
    ]

    static func draw(in area: Rect, into screen: inout ScreenBuffer) {
        let width = min(area.width - 2, (lines.map(\.count).max() ?? 0) + 4)
        let height = min(area.height - 2, lines.count + 2)
        let box = Rect(row: area.row + (area.height - height) / 2, column: area.column + (area.width - width) / 2,
                       height: height, width: width)
        screen.fill(row: box.row, column: box.column, height: box.height, width: box.width)
        Frame.draw(box, title: "Keys", focused: true, into: &screen)
        for (i, line) in lines.prefix(height - 2).enumerated() {
            let style = line.hasPrefix(" ") ? CellStyle.plain : CellStyle(.title, bold: true)
            screen.write(line, row: box.row + 1 + i, column: box.column + 2, style: style, limit: box.width - 4)
        }
    }
}
