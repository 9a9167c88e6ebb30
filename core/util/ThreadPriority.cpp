#include "ThreadPriority.h"

#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace welkin {

void lowerCurrentThreadPriority()
{
#ifdef __linux__
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, tid);
    if (errno != 0)
        return;
    ::setpriority(PRIO_PROCESS, tid, nice + 5 > 19 ? 19 : nice + 5); // best effort: fine if refused
#endif
}

} // namespace welkin
