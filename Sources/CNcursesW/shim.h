// ncursesw for Swift. SwiftPM drops -D_XOPEN_SOURCE=600 from ncursesw.pc, so the wide-character API
// is switched on here before curses.h. Globals (stdscr, COLS, LINES) and macros (COLOR_PAIR,
// getmaxyx, ACS_*) become static inline functions because Swift 6 cannot use them directly.
#ifndef C4S_CNCURSESW_SHIM_H
#define C4S_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <curses.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/syscall.h>

static inline WINDOW *c4s_stdscr(void) { return stdscr; }
static inline int c4s_LINES(void) { return LINES; }
static inline int c4s_COLS(void) { return COLS; }
static inline int c4s_COLORS(void) { return COLORS; }
static inline int c4s_COLOR_PAIRS(void) { return COLOR_PAIRS; }
static inline int c4s_COLOR_PAIR(int n) { return (int)COLOR_PAIR(n); }
static inline int c4s_A_BOLD(void) { return (int)A_BOLD; }
static inline int c4s_A_REVERSE(void) { return (int)A_REVERSE; }
static inline int c4s_A_DIM(void) { return (int)A_DIM; }
static inline int c4s_A_NORMAL(void) { return (int)A_NORMAL; }
static inline int c4s_ERR(void) { return ERR; }
static inline int c4s_OK(void) { return OK; }
static inline int c4s_KEY_RESIZE(void) { return KEY_RESIZE; }
static inline int c4s_KEY_CODE_YES(void) { return KEY_CODE_YES; }
static inline int c4s_KEY_UP(void) { return KEY_UP; }
static inline int c4s_KEY_DOWN(void) { return KEY_DOWN; }
static inline int c4s_KEY_LEFT(void) { return KEY_LEFT; }
static inline int c4s_KEY_RIGHT(void) { return KEY_RIGHT; }
static inline int c4s_KEY_MOUSE(void) { return KEY_MOUSE; }
/// newterm(NULL, stdout, stdin): the stdio globals are not importable under Swift 6.
static inline SCREEN *c4s_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }
static inline void c4s_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline int c4s_setlocale_all(void) { return setlocale(LC_ALL, "") != NULL; }
static inline chtype c4s_ACS_HLINE(void) { return ACS_HLINE; }
static inline chtype c4s_ACS_VLINE(void) { return ACS_VLINE; }

static inline int c4s_KEY_HOME(void) { return KEY_HOME; }
static inline int c4s_KEY_END(void) { return KEY_END; }
static inline int c4s_KEY_PPAGE(void) { return KEY_PPAGE; }
static inline int c4s_KEY_NPAGE(void) { return KEY_NPAGE; }
static inline int c4s_KEY_BTAB(void) { return KEY_BTAB; }
static inline int c4s_KEY_BACKSPACE(void) { return KEY_BACKSPACE; }
static inline int c4s_KEY_ENTER(void) { return KEY_ENTER; }

/// Reports button-1 presses and releases, motion while it is held, and the wheel (buttons 4 and 5)
/// as KEY_MOUSE, without a click delay. ncurses only asks the terminal for mode 1000 (presses and
/// releases); button-event tracking (DEC mode 1002) is asked for here through ncurses' own output
/// so that it follows ncurses' request. A drag then arrives as repeated button-1 presses.
static inline void c4s_enable_mouse(void) {
    mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED | REPORT_MOUSE_POSITION, NULL);
    mouseinterval(0);
    putp("\033[?1002h");
}

/// Turns button-event tracking off again (before endwin, which turns mode 1000 off).
static inline void c4s_disable_mouse_motion(void) { putp("\033[?1002l"); }

/// Reads the pending mouse event: kind 0 = button 1 down, 1 = wheel up, 2 = wheel down,
/// 3 = motion, 4 = button 1 up.
static inline int c4s_read_mouse(int *row, int *column, int *kind) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *row = event.y;
    *column = event.x;
    *kind = (event.bstate & BUTTON4_PRESSED) ? 1 : (event.bstate & BUTTON5_PRESSED) ? 2
          : (event.bstate & BUTTON1_RELEASED) ? 4 : (event.bstate & BUTTON1_PRESSED) ? 0 : 3;
    return OK;
}


// Asks for a scheduler time slice of `nanoseconds` for the calling thread (0: the kernel's default), keeping
// its policy (normal) and nice value: sched_setattr with sched_runtime, which EEVDF kernels (Linux 6.12+) take
// as the slice of a normal thread. Unprivileged. Returns 0 on success, -1 where the kernel or system does not
// support it.
static inline int c4s_request_slice(uint64_t nanoseconds) {
#if defined(__linux__) && defined(SYS_sched_setattr)
    struct {
        uint32_t size, policy;
        uint64_t flags;
        int32_t nice;
        uint32_t priority;
        uint64_t runtime, deadline, period;
    } attr;
    memset(&attr, 0, sizeof attr);
    attr.size = sizeof attr;
    attr.nice = getpriority(PRIO_PROCESS, 0);
    attr.runtime = nanoseconds;
    return syscall(SYS_sched_setattr, 0, &attr, 0) == 0 ? 0 : -1;
#else
    (void)nanoseconds;
    return -1;
#endif
}

#endif
