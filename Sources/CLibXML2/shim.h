#ifndef FRISE_CLIBXML2_SHIM_H
#define FRISE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian's libxml2 enables ICU, whose headers clash with Foundation's copy of ICU.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlmemory.h>
#endif
