#pragma once

class QApplication;

namespace pd {

// Starts the desktop program: parses --db/--new, opens (or on first run creates) the
// database, shows the main window and runs the event loop. Returns the exit code.
int runDesktop(QApplication &app);

} // namespace pd
