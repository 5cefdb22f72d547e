#ifndef FRISE_CFRISEXML_H
#define FRISE_CFRISEXML_H
/// Frees memory that libxml2 allocated (xmlFree is a global function pointer, not callable from Swift 6).
void frise_xml_free(void *pointer);
#endif
