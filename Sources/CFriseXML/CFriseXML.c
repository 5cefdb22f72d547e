#include "CFriseXML.h"
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlmemory.h>

void frise_xml_free(void *pointer) { xmlFree(pointer); }
