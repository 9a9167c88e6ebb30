#pragma once

namespace welkin {

// Makes the calling thread yield the CPU to the GUI thread when the machine is saturated
// (a nice value 5 above the process's own; Linux schedules threads one by one). Background
// threads that parse or wait on hosts call it first: a busy host must never make the window late.
void lowerCurrentThreadPriority();

} // namespace welkin
