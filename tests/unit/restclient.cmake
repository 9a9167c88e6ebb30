# unit/restclient.cmake: the one REST client (net::RestClient) against misbehaving local servers,
# and the same servers through both cloud layers
welkin_add_test(tst_restclient unit/tst_restclient.cpp unit)
