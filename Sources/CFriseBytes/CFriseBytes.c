// The byte scans are inline functions of the header (include/CFriseBytes.h).
#include "CFriseBytes.h"
