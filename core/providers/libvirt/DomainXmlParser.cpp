#include "DomainXmlParser.h"
// Implementation in progress.
